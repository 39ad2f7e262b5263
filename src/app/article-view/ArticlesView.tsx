/**
 * The Articles view (`?view=articles`): the list of articles, or with `?article=ID` one
 * article with its claims highlighted in place.
 */
import { useUrlParams } from "../workspace/url-state.ts";
import { ArticleList } from "./ArticleList.tsx";
import { ArticleReader } from "./ArticleReader.tsx";
import "./article-view.css";

export function ArticlesView() {
  const [params] = useUrlParams();
  const articleId = params.get("article");
  return articleId === null ? <ArticleList /> : <ArticleReader key={articleId} articleId={articleId} />;
}
