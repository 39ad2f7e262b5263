/** The claim's quantities as the extractor read them: raw text, qualifier, value or bounds, what is counted, unit. */
import type { Quantity } from "../../../claim-schemas/claim-set.ts";

export function QuantityList({ quantities }: { quantities: readonly Quantity[] }) {
  if (quantities.length === 0) return <p className="panel-empty">No quantities.</p>;
  return (
    <table className="quantity-table">
      <thead>
        <tr>
          <th scope="col">As written</th>
          <th scope="col">Reads as</th>
          <th scope="col">Counted</th>
        </tr>
      </thead>
      <tbody>
        {quantities.map((quantity, index) => (
          <tr key={`${quantity.span.start}-${index}`}>
            <td className="quantity-raw">{quantity.raw}</td>
            <td>
              <span className="qualifier">{quantity.qualifier}</span> <span className="mono">{figure(quantity)}</span>
            </td>
            <td>
              {quantity.counted ?? <span className="none">—</span>}
              {quantity.unit !== undefined && <span className="unit"> · {quantity.unit}</span>}
              {quantity.ordinal === true && <span className="unit"> · ordinal</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function figure(quantity: Quantity): string {
  const format = (value: number) => value.toLocaleString("en");
  if (quantity.value !== undefined) return format(quantity.value);
  if (quantity.low !== undefined && quantity.high !== undefined) return `${format(quantity.low)}–${format(quantity.high)}`;
  if (quantity.low !== undefined) return `≥ ${format(quantity.low)}`;
  if (quantity.high !== undefined) return `≤ ${format(quantity.high)}`;
  return "?";
}
