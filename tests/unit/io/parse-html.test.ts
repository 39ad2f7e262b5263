import { describe, expect, it } from "vitest";
import { disarmEventHandlers } from "../../../src/io/parse-html.ts";

describe("disarmEventHandlers", () => {
  it.each([
    ['<img src=x onerror="alert(1)">', '<img src=x data-disarmed-onerror="alert(1)">'],
    ["<img src=x onerror=alert(1)>", "<img src=x data-disarmed-onerror=alert(1)>"],
    ["<body ONLOAD = 'go()'>", "<body data-disarmed-ONLOAD = 'go()'>"],
    ["<img/onerror=alert(1)/src=x>", "<img/data-disarmed-onerror=alert(1)/src=x>"],
    ['<a title="x onclick=y" onclick=z>', '<a title="x onclick=y" data-disarmed-onclick=z>'],
    ["<svg><set onbegin=alert(1) />", "<svg><set data-disarmed-onbegin=alert(1) />"],
    ["<div hidden onmouseover>", "<div hidden data-disarmed-onmouseover>"],
  ])("%s", (html, expected) => {
    expect(disarmEventHandlers(html)).toBe(expected);
  });

  it("leaves text, comments and raw-text element content as they are", () => {
    const html =
      "<p>Talks on=Monday; 5 < 6 and a <b>bold</b> word.</p><!-- <img onerror=x> --><script>if (a<b) x = '<i onclick=y>'</script><title>A <b onclick=1></title>";
    expect(disarmEventHandlers(html)).toBe(html);
  });

  it("keeps attribute values that are not handlers, whatever they contain", () => {
    const html = '<meta property="article:published_time" content="2020-09-02"><time datetime=\'2020-09-01\'>x</time>';
    expect(disarmEventHandlers(html)).toBe(html);
  });

  it("copies an unterminated tag or quote to the end", () => {
    expect(disarmEventHandlers('<a href="x')).toBe('<a href="x');
    expect(disarmEventHandlers("<img onerror")).toBe("<img data-disarmed-onerror");
    expect(disarmEventHandlers("text <")).toBe("text <");
  });
});
