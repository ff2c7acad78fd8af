# The query language (src/query/): its errors and its help, for the CLI's
# --where/--rule and the console's filter.

query-unclosed-paren = a ( is not closed: add a ) after the group
query-unexpected-close = a ) closes nothing: remove it or add a ( before it
query-unclosed-quote = a quote is not closed: end the phrase with "
query-empty-group = an empty phrase, group or pattern: put something in it
query-dangling-or = | needs a term on each side, like 考研 | 抽中
query-dangling-not = - needs a term right after it, like -广告
query-no-value = { $field }: needs a value, like { $field }:…
query-bad-value = "{ $value }" is not a value of { $field }: (use { $known })
query-bad-id = "{ $value }" is not a comment id: use id:123 or id:100..200
query-bad-date = "{ $value }" is not a date: use YYYY-MM-DD, like 2026-11-30
query-unclosed-regex = re: takes a pattern between slashes, like re:/v[0-9]+/
query-bad-regex = the pattern does not compile: { $detail }
query-bad-regex-why = the pattern does not compile: { $reason ->
    [class-unclosed] a [ is not closed: add a ]
    [group-unclosed] a ( is not closed: add a )
    [group-unopened] a ) closes nothing: remove it, or write \) for the character
    [repeat-nothing] *, + or ? follows nothing: put it after what repeats, or write \* for the character
    [count-unclosed] a {"{"} is not closed: write {"{"}2,5{"}"}
    [count-range] in {"{"}m,n{"}"} m must not be larger than n
    [class-range] in [a-z] the first character must come before the second
    [escape] this \ escape is not known: write \\ for a backslash
    [escape-end] the pattern ends with a lone \: write \\ for a backslash
    [flag] the flag is not known: use (?i) to ignore case
    [look-around] look-ahead and look-behind are not supported: use -re:/…/ to exclude
    [backreference] backreferences (\1) are not supported
   *[unicode-class] the Unicode class is not known: use \p{"{"}Han{"}"} for Chinese characters
}
query-regex-too-big = the pattern is too large to run: make it simpler
query-console-only = { $term } exists only in the console's filter (marks and results are the console's)
query-ambiguous-author = author:{ $given } fits { $count } authors: give the full openid
query-partial-author = author:{ $given } is neither a full openid nor the shortened form the table shows (like oAbc…wXyz): give one of those
# The first line of a query error; the query and a ^ under the place follow.
query-error = the query does not parse: { $problem }
query-error-where = the query does not parse (column { $column }): { $problem }
query-empty = the query is empty: give at least one term
query-rule-unknown = there is no rule "{ $name }" in the config (rules: { $known })
query-rule-unknown-none = there is no rule "{ $name }": the config has no [rules.NAME] tables
query-rule-bad = rule "{ $rule }": { $problem }
query-rule-no-where = needs where = "QUERY"
query-rule-where-text = where must be a quoted query

query-help-title = The query language (the console's filter, --where and [rules.NAME] in the config)
query-help-text = words and "quoted phrases": in the content, any case; full-width and half-width forms match each other
query-help-and = terms side by side: all must hold
query-help-or = either side
query-help-not = not
query-help-group = groups
query-help-author = the author: a full openid, or the shortened form the table shows
query-help-id = a comment id, or a range of them
query-help-since = created on or after this day (local time, or utc_offset)
query-help-until = created on or before this day
query-help-reply = has a reply
query-help-elected = elected (精选) / not elected
query-help-regex = a regular expression over the content (case-sensitive; (?i) ignores case)
query-help-marked = console only: marked rows
query-help-result = console only: the last batch's result (or an errcode, like result:88008)
query-help-examples = Examples:
query-help-example-1 = either word
query-help-example-2 = both words
query-help-example-3 = elected, with a link, not answered
query-help-example-4 = one author's comments of a week
query-help-rules = Saved rules: put [rules.NAME] with where = "QUERY" in the config, then use --rule NAME (in the console, Tab in the filter cycles through them).
query-no-rules = no saved rules: put [rules.NAME] with where = "QUERY" in the config
query-rule-applied = rule { $name }: { $query }
query-nothing-matches = nothing to do: no comment of { $article } matches { $query }
query-help-syntax-text = word  "a phrase"
query-list-nothing-matches = { $filter ->
    [elected] no elected comment
    [normal] no normal comment
   *[all] no comment
} of this article matches “{ $query }”
