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
section-label = under

## Rule summaries (`parallel-review rules`)

rule-unreadable = a file or folder that cannot or may not be read (permissions, a symbolic link loop or one leading out of the folder, a named pipe or a device)
    .help = A report the tool cannot open, or may not: it lacks permission, a symbolic link loops or leads out of the folder being checked, or it is a named pipe or a device, which could block or never end. Nothing in it is read.
rule-encoding = the file is not UTF-8 text (the line of the first bad byte is given), is binary, or is empty
    .help = A report is plain text saved as UTF-8 (a byte order mark and Windows line ends are fine). Word files, PDFs and files saved in another encoding are refused, with the line of the first bad byte; save the file as UTF-8 text, with the .md extension.
rule-file-size = a file too large to be a report: over 16 MB, or over 150,000 lines and Markdown marks
    .help = A file over 16 MB, or with more than 150,000 lines and Markdown marks, is not parsed: a long report of 15,000 words is far inside both, and the limits keep the memory of a check bounded whatever a file holds.
rule-front-matter = no front matter, or one that is not closed, not valid YAML (line and column given in the file), not a set of fields, over 64 KB or with more than 16 YAML aliases
    .help = A report starts with a front matter block between two `---` lines, holding its fields in YAML. It must be closed, valid YAML, a set of `field: value` lines, at most 64 KB and with at most 16 YAML aliases.
rule-missing-field = a required front matter field is absent (a recommended one, `contact`: warning, an error with --final)
    .help = Each field the guidance requires (title, organization, stakeholder, country, language, objectives, date) must be in the front matter; a recommended one (contact) missing is a warning, and an error under --final.
rule-invalid-field = a front matter value of the wrong kind: unknown stakeholder kind, country code or language, a date that does not exist, a bad e-mail address, a logo that is not a PNG or JPEG inside the report's folder; the closest valid value is suggested
    .help = Each value must be of its field's kind: a known stakeholder kind, ISO 3166-1 alpha-2 country codes, a language code (ar, en, fr), objective numbers, a date written YYYY-MM-DD that exists, an e-mail address, a logo that is a PNG or JPEG file in the report's folder. The closest valid value is suggested.
rule-unknown-field = a front matter field the guidance does not define, with the closest field name
    .help = A front matter key the guidance does not define is probably a typo: the closest field name is suggested. It is ignored when the report is rendered.
rule-unknown-objective = an objective number outside 1–23, in the front matter or a heading
    .help = The compact has 23 objectives: a number outside 1-23, in `objectives` or in an objective heading, refers to none.
rule-missing-objective-section = an objective listed in `objectives` has no section
    .help = Every objective listed in `objectives` needs its own section, a heading starting with Objective, Objectif or الهدف and its number.
rule-undeclared-objective = an objective section whose number is not listed in `objectives`
    .help = A section about an objective that `objectives` does not list is left out of the cover and of coverage: add its number to the list.
rule-duplicate-objective-section = the same objective has two sections
    .help = Each objective should have one section: merge the two, or correct the number of one.
rule-missing-section = a required guidance section is absent (a recommended one: warning)
    .help = The guidance's required sections (executive summary, methodology, national context, progress on the objectives, recommendations) must each have a heading, in any of its languages; a missing recommended section is a warning.
rule-section-order = sections out of the guidance's order
    .help = Sections follow the guidance's order, so that reviewers find the same thing in the same place in every report.
rule-empty-section = a section with no text of its own
    .help = A section or objective heading with no text under it; under --final it is an error, since the report is not finished.
rule-placeholder = scaffold prompts, placeholder text, or TODO/TBD/XXX/FIXME markers left
    .help = Scaffold prompts (`<!-- prompt: … -->`), the guidance's placeholder text and TODO, TBD, XXX or FIXME markers mean the text is not finished; under --final they are errors.
rule-word-limit = a section or the whole report over the guidance's word limit, and by how much
    .help = The guidance suggests word limits (600 for the executive summary, 15,000 for the report); the finding says by how many words a section or the report is over.
rule-recommendations = the recommendations section has no list items
    .help = Recommendations are easier to follow up as a list, each naming who should act: write them as a numbered or bulleted list.
rule-raw-html = raw HTML in the report (it is not rendered); HTML comments are fine
    .help = HTML in a report is dropped when it is rendered, for safety: write emphasis, lists, tables and links in Markdown. HTML comments are fine.
rule-image-alt = an image without alternative text
    .help = An image needs a description between the brackets, for readers who cannot see it and for screen readers.
rule-broken-link = a link or image to a local file that does not exist or lies outside the report's folder, or a link of a kind that is not kept (only http, https, mailto, in-page and local links are)
    .help = A link to a file must point to one that exists inside the report's folder; only web (http, https), e-mail (mailto), in-page and such local links are kept when rendering, the rest are unlinked.

## Findings

unreadable = cannot read this file: { $reason }
    .help = check that the file exists and that you may read it
not-a-file = { $kind ->
        [folder] it is a folder, not a file
        [pipe] it is a named pipe, not a file: it is not read, since reading it could wait forever
        [device] it is a device, not a file: it is not read, since reading it could never end
       *[other] it is not an ordinary file, so it is not read
    }
    .help = a report is an ordinary file; if this came in an archive, ask the sender for the file itself
read-not-a-file = cannot read `{ $path }`: { $kind ->
        [folder] it is a folder, not a file
        [pipe] it is a named pipe, not a file
        [device] it is a device, not a file
       *[other] it is not an ordinary file
    }
read-too-large = cannot read `{ $path }`: it holds at least { $bytes } bytes, more than the { $limit } allowed
encoding-binary = this is a binary file, not a Markdown report
not-a-report-format = a `.{ $extension }` file is not a report this tool reads; save the submission as a Word document (.docx) or Markdown (.md)
word-not-docx = this is not a Word document (.docx); open it in your word processor and save it as .docx
word-encrypted = this Word document is protected by a password, or is an older .doc file; remove the protection or save it as .docx
word-broken = this Word document cannot be read: { $reason }
    .help = reports are plain text files saved as UTF-8 (.md)
encoding-empty = the file is empty
    .help = start a report with `parallel-review new`
encoding-utf8 = the file is not valid UTF-8 text
    .help = save it again as UTF-8 (in most editors: “Save as…”, encoding UTF-8)
file-size = the file is { $megabytes } MB; a report is at most { $limit } MB
    .help = keep data and annexes in separate files and link to them
file-size-marks = the report has more than { $limit } lines and Markdown marks; the limit is passed here
    .help = a long report has about 10,000; keep data and annexes in separate files and link to them
front-matter-missing = report has no front matter
    .help = start the file with a block between two `---` lines holding title, organization, stakeholder, country, language, objectives and date (`parallel-review new` writes one)
front-matter-unclosed = the front matter is not closed
    .help = add a line with `---` after the last field
front-matter-yaml = the front matter is not valid YAML: { $reason }
    .help = check the quotes, colons and indentation on this line; put text containing `:` or `#` in quotes
front-matter-too-large = the front matter holds { $bytes } bytes; it may hold at most { $limit }
    .help = the front matter is for the report's fields; put long text in the body, after the closing `---`
front-matter-aliases = the front matter uses more than { $limit } YAML aliases (`*name`)
    .help = write each value out in full; if `*` starts a text, put the text in quotes
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
    .help = write the country's two-letter code in capitals, e.g. JO, LB, MA; several are written as a list
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
invalid-date-day = `{ $value }` does not exist: that month has { $days } days
    .help = for example { $today }
invalid-email = `{ $value }` is not an e-mail address
invalid-logo-place = `{ $value }` is not a file inside the report's folder; put the logo next to the report and write its name
invalid-logo-large = `{ $value }` is larger than { $limit } MB; save a smaller logo
invalid-logo-kind = `{ $value }` is not a PNG or JPEG image; save the logo as PNG or JPEG
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
broken-link-scheme = link to `{ $target }` is not kept: only web addresses (http, https), e-mail (mailto) and files in the report's folder are linked
    .help = link to a web page instead, or write the address as text
broken-link-outside = link to `{ $target }` points outside the report's folder
    .help = copy the file into the report's folder and link to it there
more-findings = and { $count } more { $count ->
        [one] finding
       *[other] findings
    } of rule { $rule } in this file, not shown
    .help = fix the ones shown and check again; a file shows at most 100 findings of one rule

## Rendered pages

colon = {":"}
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
render-notes = Notes
render-back-to-reference = Back to reference { $number }
render-cover-kind = Parallel review report
render-logo-alt = Logo of { $organization }
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
render-image-too-large = warning: image `{ $image }` is larger than { $limit } MB, so it is linked, not embedded
render-table-too-wide = warning: a table of { $columns } columns is shown as its source text: a page shows tables of at most { $limit } columns
render-images-over-cap = warning: image `{ $image }` is linked, not embedded: the page already embeds { $limit } MB of images
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
cov-not-counted = Not counted
cov-invalid-value = { $field } `{ $value }`: { $count }
cov-missing-value = { $field } missing: { $count }
cov-copy-of = identical copy of { $path }, not counted
cov-failing = fails { $rules }
cov-col-errors = err.
cov-col-warnings = warn.
cov-col-file = File
cov-rt-covered = covered: { $objectives }
cov-rt-missed = missed: { $objectives }
cov-why = Why
cov-gaps-sheet = Gaps
cov-counts = Counts
coverage-xlsx-needs-output = a workbook is written to a file
    .help = add -o coverage.xlsx
coverage-xlsx-failed = cannot write the workbook: { $reason }
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

## Failures of commands

error-label = error
caused-by = caused by
file-exists = `{ $path }` already exists; it was left untouched
    .help = pass --force to replace it, or choose another name
folder-missing = cannot write `{ $path }`: the folder `{ $folder }` does not exist
    .help = create it first (`mkdir -p { $folder }`), or write the file somewhere else
write-failed = cannot write `{ $path }`: { $reason }
create-folder-failed = cannot create the folder `{ $path }`: { $reason }
read-failed = cannot read `{ $path }`: { $reason }
path-missing = `{ $path }` does not exist
    .help = name a report file or a folder of reports
new-missing = missing { $count ->
        [one] a value
       *[other] values
    }: pass { $flags }
    .help = run `parallel-review new --help` for examples
new-ask-lang = Language of the report
new-ask-stakeholder = Kind of stakeholder: a number from the list, or its name
new-ask-country = Country: its ISO code (JO) or its name (Jordan, Jordanie, الأردن); several separated by commas
new-ask-organization = Name of your organization
new-ask-objectives = Objectives the report covers: numbers (6,22), ranges (1-5), round tables (rt1 to rt4) or all
new-ask-contact = Contact e-mail address (check --final asks for one)
new-ask-default = Enter: { $value }
new-ask-later = Enter: leave it for later
new-answer-needed = an answer is needed here
new-answer-not-text = the answer is not valid text
new-try-again = type another answer, or press Ctrl-D to stop
new-no-such-language = `{ $value }` is not a language of the guidance
    .help = answer 1, 2 or 3, or ar, en or fr
new-stakeholder-number = there is no { $number } in the list
    .help = answer with a number from 1 to { $count }, or a name from the list
new-stopped = stopped before the end; nothing was written
    .help = to go on where you stopped: { $command }
new-date = --date `{ $value }` is not a date
    .help = write YYYY-MM-DD, e.g. { $today }
new-wrote = wrote { $path } ({ $count ->
        [one] 1 objective
       *[other] { $count } objectives
    }, { $lang }); next: fill it in, then run `parallel-review check { $path }`
objectives-empty = --objectives: no objective given
    .help = write numbers (6,22), ranges (1-5), rt1 to rt4, or all
objectives-not-a-number = --objectives: `{ $value }` is not an objective
    .help = write numbers (6,22), ranges (1-5), rt1 to rt4, or all
objectives-out-of-range = --objectives: there is no objective { $number }
    .help = the compact's objectives are numbered 1 to 23
objectives-round-table = --objectives: `{ $value }` is not a round table
    .help = use rt1, rt2, rt3 or rt4
objectives-empty-range = --objectives: `{ $value }` is an empty range
    .help = write the smaller number first
template-include-cycle = template `{ $name }` cannot be used: it includes itself ({ $cycle })
    .help = remove the include that closes the circle; `parallel-review templates export` writes the built-in templates to start from
template-error = template `{ $name }` cannot be used: { $reason }
    .help = fix it, or remove it from the templates folder to use the built-in one
templates-folder-missing = the templates folder `{ $path }` does not exist
    .help = `parallel-review templates export { $path }` creates it with the built-in templates
templates-folder-empty = the templates folder `{ $path }` holds none of the templates ({ $names })
    .help = `parallel-review templates export DIR` writes them out to edit
templates-wrote = wrote { $path }
templates-next = edit them, then pass --templates { $path }
guidance-wrote = wrote { $path }; edit it, then pass --guidance { $path }
guidance-invalid = invalid guidance file `{ $path }`: { $detail }
guidance-invalid-line = invalid guidance file `{ $path }` at line { $line }: { $detail }
guidance-invalid-line-column = invalid guidance file `{ $path }` at line { $line }, column { $column }: { $detail }
guidance-not-utf8 = it is not UTF-8 text; save it as UTF-8
guidance-empty = it is empty; start from `parallel-review guidance export`
guidance-folder = it is a folder; name a YAML file
guidance-too-large = it is { $bytes } bytes; a guidance file is at most { $limit } bytes
guidance-unreadable = cannot read it: { $reason }
guidance-objective-range = objective number { $number } is outside 1-23
guidance-objective-twice = objective { $number } is listed twice
guidance-objective-missing = objective { $number } is missing: the compact has 23 objectives
guidance-round-table = objective { $number } belongs to round table { $table }, which `round-tables` does not list
guidance-twice = { $what } `{ $value }` is listed twice
guidance-two-roles = two sections have the role `{ $role }`
guidance-objective-prompts = section `{ $section }` has `objective-prompts` but not `role: objectives`
rule-unknown = unknown rule `{ $rule }`
    .help = `parallel-review rules` lists them
rule-unknown-suggest = unknown rule `{ $rule }`; did you mean `{ $suggestion }`?
    .help = `parallel-review rules` lists them
rules-severity = severity: { $severity }
rules-final-error = an error under --final
rules-fails = Fails:
rules-passes = Passes:
check-none-found = no Markdown report (*.md) found under { $paths }
render-needs-out-dir = `{ $path }` is a folder: pass --out-dir DIR to render every report in it
render-format-unknown = cannot tell the format from `{ $path }`
    .help = name it .html or .pdf, or pass --to html|pdf
output-is-input = the output `{ $path }` is one of the files being read (`{ $input }`): it is not replaced
    .help = write the output somewhere else, outside the folder of reports or under another name
render-same-file = the output `{ $path }` would replace the report itself
    .help = choose another -o
render-format-conflict = `--to { $format }` contradicts the output name `{ $path }`
    .help = name the output .{ $format }, or leave out --to and let the name choose
render-no-browser = no Chromium-family browser found to print the PDF (looked for { $names } on the PATH)
    .help = install one (Debian/Ubuntu: `sudo apt-get install chromium`), or pass --browser PATH, or set PARALLEL_REVIEW_BROWSER; or render to HTML (--to html) and print it from any browser
render-bad-browser = `{ $path }` is not a program that can be run
    .help = pass --browser with the path of chromium or google-chrome
render-browser-failed = `{ $browser }` did not print a PDF: { $reason }
render-browser-timeout = the browser did not finish printing within { $seconds } seconds
coverage-wide = --wide only applies to --format csv
coverage-format-unknown = cannot tell the format from `{ $path }`
    .help = name it .html, .csv, .json, .md or .txt, or pass --format
guidance-yaml = { $reason }

## The guidance note, shown

guidance-objectives = Objectives ({ $count })
guidance-round-table-of = round table { $number }
guidance-principles = Guiding principles, para. 15 ({ $count })
guidance-stakeholders = Stakeholder kinds ({ $count })
guidance-fields = Front matter fields
guidance-sections = Sections, in order
guidance-max-words = at most { $words } words
guidance-also = also
guidance-working-translation = working translation, not official text
guidance-network-label = UN Network label, not the compact's text
presence-required = required
presence-recommended = recommended
presence-optional = optional
unreadable-loop = cannot read this folder: a symbolic link loops back to `{ $ancestor }`
    .help = remove the link, or check the folder it points to
unreadable-outside = not read: this symbolic link leads outside the folder `{ $folder }`, to `{ $target }`
    .help = a folder of reports is read only inside itself; copy the report into the folder if it belongs there

import-wrote = wrote { $path }; run `parallel-review check` on it to see what is still missing
import-not-docx = `{ $path }` is not a Word document (.docx); open it in your word processor and save it as .docx
import-encrypted = `{ $path }` is protected by a password, or is an older .doc file; remove the protection or save it as .docx, then import it again
import-broken = `{ $path }` cannot be read as a Word document: { $reason }
import-dropped = left out of the report: { $deletions } tracked deletions, { $comments } comments, { $boxes } text boxes

## preview

preview-name = preview
preview-no-page = The report cannot be shown
preview-no-findings = No errors or warnings.
preview-line = line { $line }
preview-paragraph = paragraph { $line }
preview-findings = Findings
preview-page-label = The report as rendered
preview-hint = The page and the findings follow every saved change of the report and of the files it uses. A finding links to the section it is in.
preview-listening = previewing { $path } at { $url }; the page follows every saved change; Ctrl-C stops
preview-stopped = preview stopped
preview-port = cannot listen on 127.0.0.1, port { $port }: { $reason }
    .help = choose another port with --port, or leave --port out for a free one
preview-needs-file = `{ $path }` is a folder; preview shows one report
    .help = name one of its reports, e.g. `parallel-review preview { $path }/report.md`
preview-open-failed = could not open a browser: { $reason }
    .help = open { $url } in your browser
preview-watch-failed = cannot watch `{ $path }` for changes: { $reason }
    .help = the page shows the report as it was at the start; restart preview to see changes
preview-refused = Refused: this preview answers only at 127.0.0.1 and serves only the files of the report's folder.
preview-not-found = Not found in the report's folder.

## publish

site-title-default = Parallel reviews of the Global Compact for Migration
site-nav = Site
site-home = Home
site-find = Find
site-find-intro = Search every report, by word, objective, country, kind of stakeholder or language
site-objectives = Objectives
site-countries = Countries
site-coverage = Coverage
site-compilation = Compilation by objective (Markdown)
site-compilation-title = { $title }: what the reports say, objective by objective
site-reports = Reports
site-unpublished = Not published
site-downloads = Downloads
site-all-reports = All reports
site-download-pdf = PDF
site-download-word = Word
site-download-source = Source (Markdown)
site-source = Source
site-search-label = Words to find
site-search-button = Search
site-filter-all = all
site-filter-objective = Objective
site-filter-country = Country
site-filter-stakeholder = Kind of stakeholder
site-filter-language = Language
site-filter-status = Status
site-needs-script = The search needs JavaScript; the pages by objective and by country work without it.
site-results = { $count ->
        [one] { $count } result
       *[other] { $count } results
    }
site-no-results = Nothing found.
site-objective-count = { $count ->
        [one] 1 report writes about it
       *[other] { $count } reports write about it
    }
site-objective-none = No report writes about this objective.
site-country-count = { $count ->
        [one] 1 report
       *[other] { $count } reports
    }
site-round-table = Round table { $number }
site-counts = { $reports ->
        [one] 1 report
       *[other] { $reports } reports
    } from { $countries ->
        [one] 1 country
       *[other] { $countries } countries
    }, in { $languages ->
        [one] 1 language
       *[other] { $languages } languages
    }; { $unpublished } not published.
language-ar = Arabic
language-en = English
language-fr = French
publish-not-a-site = `{ $path }` holds files that publish did not make
    .help = choose a new or empty folder for the site; publish never mixes a site with other files
publish-needs-folder = `{ $path }` is a file; publish takes the folder of submissions
    .help = to render one report, use `parallel-review render { $path }`
publish-inside = the site `{ $path }` cannot be inside the submissions, nor hold them
    .help = choose a folder beside the submissions, e.g. `--out site`
publish-site-file = `{ $path }` line { $line }: { $reason }
    .help = site.yaml holds two keys, each a line of text: title and introduction
publish-broken-front-matter = its front matter cannot be read ({ $reason })
publish-incomplete = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } under check --final
publish-skipped = not published: { $path }: { $reason }
publish-done = published { $reports ->
        [one] 1 report
       *[other] { $reports } reports
    } ({ $rendered } made again, { $written } files written); open { $home }
