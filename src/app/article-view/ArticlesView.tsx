// Placeholder until the article view lands.
export function ArticlesView() {
  return <p className="empty">The article view is on its way.</p>;
}
