/** The help texts of the command line: one general text and one per command. */

/** The one-line reminder printed under a usage error, by command. */
export const USAGE_LINES = {
  general: "usage: claimbench extract|export|compare|sentences|validate|help ... (run 'claimbench --help' for more)",
  extract: "usage: claimbench extract [--format json|jsonl|csv] [--each-line] FILE... | -",
  export: "usage: claimbench export [--format json|csv|claimreview|annotations] [FILE... | -]",
  compare: "usage: claimbench compare [--format table|json] FILE... | -",
  sentences: "usage: claimbench sentences FILE | -",
  validate: "usage: claimbench validate FILE... | -",
  help: "usage: claimbench help [extract|export|compare|sentences|validate]",
} as const;
export type UsageTopic = keyof typeof USAGE_LINES;

export const GENERAL_HELP = `claimbench — split news articles into check-worthy claims

usage:
  claimbench extract [--format json|jsonl|csv] [--each-line] FILE... | -
  claimbench export [--format json|csv|claimreview|annotations] [FILE... | -]
  claimbench compare [--format table|json] FILE... | -
  claimbench sentences FILE | -
  claimbench validate FILE... | -
  claimbench help [COMMAND]
  claimbench --help | --version

commands:
  extract     print the claims of one or more articles as one claim set
  export      print claim sets and articles as JSON, CSV, ClaimReview or
              Web Annotations
  compare     line up the figures different sources give for the same thing,
              grouped, with a verdict: consistent, conflicting, different scope
  sentences   print the sentence boundaries of one article
  validate    check that files are valid claim sets, naming every problem

A FILE of "-" reads standard input. Run 'claimbench help extract' or
'claimbench help export' for the output formats.

exit codes: 0 done, 1 an input could not be used (nothing is printed to stdout),
2 wrong usage.
`;

export const EXTRACT_HELP = `usage: claimbench extract [--format json|jsonl|csv] [--each-line] FILE... | -

Each FILE is one article (UTF-8 text; "-" is standard input). A first line
"date YYYY-MM-DD" gives the article's date; it may share its line with the text.
An article given twice appears once.

options:
  -f, --format json   one claim set, pretty JSON, valid against
                      claim-schemas/json/claim-set.schema.json (the default)
  -f, --format jsonl  one claim per line, each a compact JSON Claim object; the
                      articles are left out (a claim's articleId names its article)
  -f, --format csv    one row per claim, UTF-8 with a byte order mark (so
                      spreadsheets read non-Latin text), RFC 4180, with the columns
                      claim_id, article_id, article_title, article_outlet,
                      article_url, article_date, kind, checkworthiness, text,
                      quantities, speaker, cue, mode, framing, date, occurrences,
                      status, reporting, reviewer, reviewed_at, note, evidence
                      (the evidence URLs, separated by spaces). A cell that starts
                      with = + - @, tab or carriage return gets a leading ' so
                      spreadsheets do not run it as a formula.
  --each-line         every non-empty line of each input is its own article, named
                      FILE#L<line number> and titled by its text; a date header on
                      the first line dates every line
  -h, --help          show this text

Every input is read and checked before anything is printed: a missing, unreadable,
empty or binary input stops the command with exit code 1 and one line on stderr.

examples:
  claimbench extract seeds/*.txt > claims.json
  claimbench extract --format csv article.txt > claims.csv
  cat headlines.txt | claimbench extract --each-line --format jsonl -
`;

export const EXPORT_HELP = `usage: claimbench export [--format json|csv|claimreview|annotations] [FILE... | -]

Each FILE is a claim set (JSON with "format": "claimbench.claim-set", such as
the output of 'claimbench extract' or an export of the workbench) or an article,
whose claims are extracted as 'claimbench extract' does. Without FILE, or with
"-", standard input is read. Several inputs become one claim set, in the order
given; an article or claim whose id an earlier input already gave is left out
(a warning on stderr counts the left-out claims that differ). A single claim
set is exported as it is.

options:
  -f, --format json         the claim set, pretty JSON, valid against
                            claim-schemas/json/claim-set.schema.json (the default)
  -f, --format csv          one row per claim, as 'claimbench help extract'
                            describes: UTF-8 with a byte order mark, formulas
                            neutralised
  -f, --format claimreview  schema.org ClaimReview JSON-LD: a JSON array with
                            one ClaimReview per reviewed claim (unreviewed claims
                            are left out), rated 5 supported, 3 partly supported,
                            2 unsupported, 1 refuted; unverifiable is named but
                            not rated
  -f, --format annotations  W3C Web Annotation JSON-LD: an AnnotationCollection
                            with one annotation per claim, its position counted
                            in Unicode code points
  -h, --help                show this text

Every input is read and checked before anything is printed: a claim set that
breaks the schema, JSON that is not a claim set, or an article input that is
missing, unreadable, empty or binary stops the command with exit code 1 and one
line on stderr naming the input (and, for a claim set, the first problem's path).

examples:
  claimbench export --format claimreview reviewed.json > claimreview.jsonld
  claimbench extract article.txt | claimbench export --format annotations
  claimbench export --format csv mine.json colleague.json new-article.txt > all.csv
`;

export const SENTENCES_HELP = `usage: claimbench sentences FILE | -

Prints the sentence boundaries of one article as a JSON array of
{ "start", "end", "text" }, one sentence per line. Offsets count UTF-16 code units
in the article text, after the "date YYYY-MM-DD" header is removed and line endings
are normalised to \\n; end is exclusive.

options:
  -h, --help   show this text
`;

export const VALIDATE_HELP = `usage: claimbench validate FILE... | -

Checks that each FILE ("-" is standard input) is a claim set this claimbench can
import, with the same checks as the workbench's import: UTF-8 JSON of at most
200 MB, "format": "claimbench.claim-set", a version it reads (an older one is
converted), every field as the schema in claim-schemas/ requires (fields it does
not know are allowed), unique ids, every claim's article and every group's claims
present in the file, every span inside its article's text and every quote equal
to the text at its span.

A valid file gets one line on stdout:
  FILE: valid claim set, N articles, M claims
An invalid file gets each problem on its own line on stderr (the first 50, then
a count of the rest), the path into the JSON before the message:
  FILE: claims[7].articleId: no article a-123 in this file
The checks stop at the first stage that fails (JSON, then format and version,
then the schema, then the references and spans), so fixing one stage's problems
can reveal the next stage's. The exit code is 0 when every file is valid and 1
otherwise.

options:
  -h, --help   show this text
`;

export const COMPARE_HELP = `usage: claimbench compare [--format table|json] FILE... | -

Each FILE is an article (extracted first) or a claim set (checked as 'validate'
checks it); "-" is standard input. The figures of all of them are grouped: the
same thing counted (near nouns folded: protesters, citizens and people), the same
action (held, arrested, detained), the same scale (counts, percent, money per
currency, ages, durations, ordinals). Each group gets a verdict:
  consistent       the figures can all be true (their ranges overlap)
  conflicting      two figures about the same day and place cannot both be true
  different-scope  the figures are about different days, a day against a period,
                   or different places: not the same figure

options:
  -f, --format table   one block per group: verdict and reason, then each figure
                       with its day, speaker and article (the default)
  -f, --format json    an array of groups, each with its figures as intervals
                       (an open upper bound is null)
  -h, --help           show this text

examples:
  claimbench compare seeds/*.txt
  claimbench compare --format json claims.json > groups.json
`;

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  compare: COMPARE_HELP,
  extract: EXTRACT_HELP,
  export: EXPORT_HELP,
  sentences: SENTENCES_HELP,
  validate: VALIDATE_HELP,
  help: GENERAL_HELP,
};
