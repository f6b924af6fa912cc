/** One choice in a {@link PickList}: a label to click, and an optional count beside it. */
export interface PickItem {
  id: string;
  label: string;
  title?: string;
  count?: number;
}

/** A list of names to choose from (most cited documents, busiest agencies, ambiguous candidates). */
export function PickList({ items, onChoose }: { items: PickItem[]; onChoose: (id: string) => void }) {
  return (
    <ul className="pick-list">
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" className="link" onClick={() => onChoose(item.id)} title={item.title}>
            {item.label}
          </button>
          {item.count !== undefined && <span className="count">{item.count}</span>}
        </li>
      ))}
    </ul>
  );
}
