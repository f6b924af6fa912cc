// Any node asked for by its id.
MATCH (n:Entity {id: $id})
RETURN n {.id, .name, .nameEn, .symbol, .label, .code, .statement, .text, .numeral, .title, .kind, .planId,
          .deadlineYears, .ongoing, .docTypeEn, .synthetic, .verified, .complete, type: [l IN labels(n) WHERE l <> 'Entity'][0]} AS node
