## English messages of parallel-review. Each message may have a `.help` line saying what
## to do. Placeables: $names as given by the code.

## Summary lines

summary-reports = { $reports ->
        [one] 1 report
       *[other] { $reports } reports
    }: { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
severity-error = error
severity-warning = warning
help-label = help

## Rule summaries (`parallel-review rules`)

rule-unreadable = a file or folder that cannot be read (permissions, a symbolic link loop)
rule-encoding = the file is not UTF-8 text, is binary, or is empty
rule-file-size = the file is too large to be a report
rule-front-matter = no front matter, or front matter that is not valid YAML or not a set of fields
rule-missing-field = a required front matter field is absent (a recommended one: warning)
rule-invalid-field = a front matter value of the wrong type or not allowed
rule-unknown-field = a front matter field the guidance does not define
rule-unknown-objective = an objective number outside 1–23, in the front matter or a heading
rule-missing-objective-section = an objective listed in `objectives` has no section
rule-undeclared-objective = an objective section whose number is not listed in `objectives`
rule-duplicate-objective-section = the same objective has two sections
rule-missing-section = a required guidance section is absent (a recommended one: warning)
rule-section-order = sections out of the guidance's order
rule-empty-section = a section with no text of its own
rule-placeholder = scaffold prompts, placeholder text or TODO/TBD/XXX markers left
rule-word-limit = a section or the whole report over the guidance's word limit
rule-recommendations = the recommendations section has no list items
rule-raw-html = raw HTML in the report (it will not be rendered)
rule-image-alt = an image without alternative text
rule-broken-link = a link to a local file that does not exist or lies outside the report's folder

## Findings

unreadable = cannot read this file: { $reason }
    .help = check that the file exists and that you may read it
encoding-binary = this is a binary file, not a Markdown report
    .help = reports are plain text files saved as UTF-8 (.md)
encoding-empty = the file is empty
    .help = start a report with `parallel-review new`
encoding-utf8 = the file is not valid UTF-8 text
    .help = save it again as UTF-8 (in most editors: “Save as…”, encoding UTF-8)
file-size = the file is { $megabytes } MB; a report is at most { $limit } MB
    .help = keep data and annexes in separate files and link to them
front-matter-missing = report has no front matter
    .help = start the file with a block between two `---` lines holding title, organization, stakeholder, country, language, objectives and date (`parallel-review new` writes one)
front-matter-unclosed = the front matter is not closed
    .help = add a line with `---` after the last field
front-matter-yaml = the front matter is not valid YAML: { $reason }
    .help = check the quotes, colons and indentation on this line; put text containing `:` or `#` in quotes
front-matter-not-mapping = front matter is { $found ->
        [list] a list
        [nothing] empty
       *[value] a single value
    }, not a set of fields
    .help = write one `field: value` per line
missing-field = missing field `{ $field }`: { $description }
    .help = add a line `{ $field }: …` to the front matter
unknown-field = unknown field `{ $field }`
    .help = the guidance does not define it; remove it or check its spelling (`parallel-review guidance` lists the fields)
unknown-field-suggest = unknown field `{ $field }`; did you mean `{ $suggestion }`?
    .help = rename it to `{ $suggestion }`
invalid-text = `{ $field }` must be text
    .help = write it on the same line, in quotes if it contains `:`
invalid-text-list = `{ $field }` must be a list of names
    .help = write it as [“First”, “Second”]
invalid-stakeholder = unknown stakeholder kind `{ $value }`
    .help = use one of: { $valid }
invalid-stakeholder-suggest = unknown stakeholder kind `{ $value }`; did you mean `{ $suggestion }`?
    .help = use one of: { $valid }
invalid-country = `{ $value }` is not an ISO 3166-1 alpha-2 country code
    .help = write the country's two-letter code in capitals, e.g. JO, LB, MA; a list for several: [JO, LB]
invalid-country-suggest = `{ $value }` is not an ISO 3166-1 alpha-2 country code; did you mean `{ $suggestion }`?
    .help = write `{ $suggestion }`
invalid-language = unknown language `{ $value }`
    .help = use ar, en or fr
invalid-language-suggest = unknown language `{ $value }`; did you mean `{ $suggestion }`?
    .help = use ar, en or fr
invalid-objectives-empty = `objectives` lists no objective
    .help = list the numbers of the objectives the report covers, e.g. [6, 22]
invalid-objective = `{ $value }` is not an objective number
    .help = list numbers from 1 to 23, e.g. [6, 22]
invalid-date = `{ $value }` is not a date: write YYYY-MM-DD
    .help = for example { $today }
invalid-email = `{ $value }` is not an e-mail address
    .help = write an address such as name@example.org
unknown-objective = there is no objective { $number }: objectives are numbered 1 to 23
    .help = check the number against `parallel-review guidance`
missing-objective-section = objective { $number } is listed in `objectives` but has no section
    .help = add a heading “{ $heading }” under the objectives section, or remove { $number } from `objectives`
undeclared-objective = objective { $number } has a section but is not listed in `objectives`
    .help = add { $number } to `objectives` in the front matter
duplicate-objective-section = objective { $number } already has a section, at line { $line }
    .help = merge the two sections into one
missing-section = missing section “{ $section }”
    .help = add a heading “## { $section }” (a title in any of the guidance's languages works)
section-order = section “{ $section }” should come before “{ $before }”
    .help = move it up to follow the guidance's order (`parallel-review guidance` lists it)
empty-section = section “{ $section }” has no text
    .help = write it, or remove the heading if the section does not apply
word-limit-section = section “{ $section }” has { $words } words, { $over } over its limit of { $limit }
    .help = shorten it by { $over } words
word-limit-report = the report has { $words } words, { $over } over the limit of { $limit }
    .help = shorten it by { $over } words; move detail to annexes
recommendations = section “{ $section }” has no list of recommendations
    .help = write each recommendation as a numbered list item addressed to an actor: “1. To the Ministry of Labour: …”
placeholder-prompt = { $count ->
        [one] a scaffold prompt is
       *[other] { $count } scaffold prompts
    } left here: delete { $count ->
        [one] it
       *[other] them
    } once answered
    .help = prompts are the guidance's questions; they are not printed, but a report ready to submit has none
placeholder-text = the scaffold's placeholder text is still here
    .help = replace it with your text, or remove the section if it does not apply
placeholder-marker = `{ $marker }` marker left in the text
    .help = finish this part and remove the marker
raw-html = raw HTML is not rendered: write it in Markdown
    .help = use Markdown for emphasis, lists, tables and links; HTML is dropped when the report is rendered
image-alt = image `{ $target }` has no alternative text
    .help = describe the image between the brackets: ![Chart of recruitment fees, 2024–2026](…)
broken-link-missing = link to `{ $target }`: the file does not exist
    .help = check the file name, or put the file in the report's folder
broken-link-outside = link to `{ $target }` points outside the report's folder
    .help = copy the file into the report's folder and link to it there

## Rendered pages

list-separator = {", "}
render-organization = Submitted by
render-partners = With
render-stakeholder = Stakeholder
render-country = Country
render-date = Date
render-contact = Contact
render-language = Language
render-objectives = Objectives
render-objectives-covered = Objectives covered
render-contents = Contents
render-report = Report
render-status = Status
render-index-title = Parallel review reports
render-index-summary = { $reports ->
        [one] 1 report
       *[other] { $reports } reports
    }{ $failed ->
        [0] {""}
        [one] , 1 could not be rendered
       *[other] , { $failed } could not be rendered
    }
render-page = Page { $page } of { $pages }
render-wrote = wrote { $path }
render-unreadable = cannot render `{ $path }`: { $reason }
render-check-warning = warning: `{ $path }` has { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } and { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }; it is rendered as it is (run `parallel-review check { $path }` to see them)
render-no-arabic-font = warning: no Arabic font is installed, so Arabic letters may print as boxes; install one (Debian/Ubuntu: `sudo apt-get install fonts-hosny-amiri` or `fonts-noto-core`)
render-failed = failed: `{ $path }`: { $reason }
render-status-ok = rendered
render-status-errors = rendered, { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } in check
render-status-failed = not rendered
render-batch-summary = rendered { $rendered } of { $reports } reports; index: { $index }
date-long = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## Coverage

cov-title = Coverage of parallel review reports
cov-headline = { $reports ->
        [one] 1 report
       *[other] { $reports } reports
    }: { $complete } complete, { $incomplete } incomplete, { $unreadable } unreadable
cov-gaps = Objectives no report writes about ({ $count } of { $total }):
cov-gaps-heading = Objectives no report writes about
cov-no-gaps = Every objective is covered by at least one report.
cov-objectives = Objectives
cov-objective = Objective
cov-written = written
cov-declared-only = declared only
cov-by-stakeholder = by stakeholder kind
cov-round-tables = IMRF round tables
cov-round-table-line = round table { $number }: { $covered } of { $total } objectives covered, by { $reports ->
        [one] 1 report
       *[other] { $reports } reports
    }
cov-principles = Guiding principles named
cov-voices = Voices
cov-no-report-from = no report from
cov-countries = Countries
cov-languages = Languages
cov-reports = Reports
cov-status = Status
cov-status-complete = complete
cov-status-incomplete = incomplete
cov-status-unreadable = unreadable
cov-sort = Order
cov-sort-file = by file
cov-sort-stakeholder = by stakeholder kind
cov-sort-country = by country
cov-legend-written = written about
cov-legend-declared = listed, not written
cov-legend-absent = absent
cov-total = Reports writing
cov-matrix = Objectives × reports
cov-wrote = wrote { $path }
