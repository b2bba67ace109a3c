//! `coverage`: what a set of submissions covers. One pass per report keeps a small summary
//! (never the document), so memory does not grow with the reports' text; the summaries are
//! then counted into objectives, round tables, principles, voices, countries and languages.

pub mod html;
pub mod output;
pub mod xlsx;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::check::{CheckOptions, Checker, FileResult};
use crate::diagnostic::Severity;
use crate::guidance::Guidance;
use crate::lang::Lang;
use crate::messages::Msg;
use crate::msg;
use crate::report::heading::{fold_for_search, normalize};
use crate::report::{HeadingKind, Meta, Report};
use crate::walk::Found;

/// Whether a report is ready to publish.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// No errors under `check --final`.
    Complete,
    /// Errors under `check --final`.
    Incomplete,
    /// Could not be read as a report.
    Unreadable,
}

impl Status {
    /// The word written in CSV, JSON and the page's classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Complete => "complete",
            Status::Incomplete => "incomplete",
            Status::Unreadable => "unreadable",
        }
    }
}

/// What a report does with an objective.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cell {
    /// A section with real text.
    Written,
    /// Listed in `objectives`, but no section with text.
    DeclaredOnly,
    /// Neither.
    Absent,
}

impl Cell {
    /// The value written in CSV and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Cell::Written => "written",
            Cell::DeclaredOnly => "declared-only",
            Cell::Absent => "absent",
        }
    }
}

/// What is kept of one report.
#[derive(Debug, Clone, Serialize)]
pub struct ReportSummary {
    /// The file.
    pub path: String,
    /// Title from the front matter.
    pub title: String,
    /// Submitting organisation.
    pub organization: String,
    /// Stakeholder kind id, as written.
    pub stakeholder: String,
    /// Country codes, as written.
    pub countries: Vec<String>,
    /// Language code, as written.
    pub language: String,
    /// Date, as written.
    pub date: String,
    /// Objectives listed in `objectives`.
    pub objectives_declared: Vec<u32>,
    /// Objectives with a section holding real text.
    pub objectives_written: Vec<u32>,
    /// Letters of the guiding principles the text names.
    pub principles: Vec<String>,
    /// Words in the body.
    pub words: usize,
    /// Errors found by `check`.
    pub errors: usize,
    /// Warnings found by `check`.
    pub warnings: usize,
    /// Ready to publish or not.
    pub status: Status,
    /// Why an unreadable report could not be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The rules that fail under `check --final`, which make it incomplete.
    pub failing: Vec<String>,
    /// The report this one is an identical copy of: not counted again.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<String>,
    /// A digest of its text, to find identical copies.
    #[serde(skip)]
    digest: u64,
}

impl ReportSummary {
    /// Whether it counts: read, and not a copy of a report counted already.
    pub fn counted(&self) -> bool {
        self.status != Status::Unreadable && self.copy_of.is_none()
    }

    /// The cell of an objective.
    pub fn cell(&self, objective: u32) -> Cell {
        if self.objectives_written.contains(&objective) {
            Cell::Written
        } else if self.objectives_declared.contains(&objective) {
            Cell::DeclaredOnly
        } else {
            Cell::Absent
        }
    }
}

/// One objective across the reports.
#[derive(Debug, Clone, Serialize)]
pub struct ObjectiveCoverage {
    /// 1 to 23.
    pub number: u32,
    /// IMRF round table.
    pub round_table: u8,
    /// Title in the output's language.
    pub title: String,
    /// Short label in the output's language.
    pub short: String,
    /// Whether the title is official text.
    pub official: bool,
    /// Reports that write about it.
    pub written: usize,
    /// Reports that list it without writing about it.
    pub declared_only: usize,
    /// Reports writing about it, by stakeholder kind.
    pub by_stakeholder: BTreeMap<String, usize>,
}

/// One round table across the reports.
#[derive(Debug, Clone, Serialize)]
pub struct RoundTableCoverage {
    /// 1 to 4.
    pub number: u8,
    /// Its objectives.
    pub objectives: Vec<u32>,
    /// How many of them at least one report writes about.
    pub objectives_covered: usize,
    /// Reports writing about at least one of them.
    pub reports: usize,
}

impl RoundTableCoverage {
    /// "round table 2: 4 of 7 objectives covered, by 2 reports".
    pub fn line(&self) -> Msg {
        msg!(
            "cov-round-table-line",
            number = self.number,
            covered = self.objectives_covered,
            total = self.objectives.len(),
            reports = self.reports
        )
    }
}

/// One guiding principle across the reports.
#[derive(Debug, Clone, Serialize)]
pub struct PrincipleCoverage {
    /// `a` to `j`.
    pub letter: String,
    /// Title in the output's language.
    pub title: String,
    /// Reports naming it.
    pub reports: usize,
}

/// Counts of reports.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Totals {
    /// All reports found.
    pub reports: usize,
    /// Complete ones.
    pub complete: usize,
    /// Incomplete ones.
    pub incomplete: usize,
    /// Unreadable ones.
    pub unreadable: usize,
}

impl Totals {
    /// "6 reports: 4 complete, 1 incomplete, 1 unreadable".
    pub fn headline(&self) -> Msg {
        msg!(
            "cov-headline",
            reports = self.reports,
            complete = self.complete,
            incomplete = self.incomplete,
            unreadable = self.unreadable
        )
    }
}

/// A value that is missing or not valid, and how many reports give it.
#[derive(Debug, Clone, Serialize)]
pub struct NotCounted {
    /// `stakeholder`, `country` or `language`.
    pub field: &'static str,
    /// The value as written; empty when the field is missing.
    pub value: String,
    /// Reports giving it.
    pub reports: usize,
}

impl NotCounted {
    /// "stakeholder `civil-socety`: 1", "language missing: 2".
    pub fn line(&self) -> Msg {
        if self.value.is_empty() {
            msg!(
                "cov-missing-value",
                field = self.field,
                count = self.reports
            )
        } else {
            msg!(
                "cov-invalid-value",
                field = self.field,
                value = self.value.as_str(),
                count = self.reports
            )
        }
    }
}

/// The whole picture.
#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    /// Language of titles and labels.
    pub language: Lang,
    /// Counts of reports by status.
    pub totals: Totals,
    /// Objectives no report writes about: the headline.
    pub gaps: Vec<u32>,
    /// Per objective.
    pub objectives: Vec<ObjectiveCoverage>,
    /// Per round table.
    pub round_tables: Vec<RoundTableCoverage>,
    /// Per guiding principle.
    pub principles: Vec<PrincipleCoverage>,
    /// Reports by stakeholder kind (every kind of the guidance, zero included).
    pub by_stakeholder: BTreeMap<String, usize>,
    /// Reports by country code.
    pub by_country: BTreeMap<String, usize>,
    /// Reports by language.
    pub by_language: BTreeMap<String, usize>,
    /// Values of the stakeholder, country and language fields that are missing or not
    /// valid, kept apart from the counts.
    pub not_counted: Vec<NotCounted>,
    /// Each report.
    pub reports: Vec<ReportSummary>,
}

impl Coverage {
    /// Stakeholder kinds of the guidance that no report comes from.
    pub fn missing_voices(&self) -> Vec<&str> {
        self.by_stakeholder
            .iter()
            .filter(|(_, n)| **n == 0)
            .map(|(k, _)| k.as_str())
            .collect()
    }
}

/// Reads every report under `paths` and counts what they cover.
pub fn collect(guidance: &Guidance, found: &[Found], lang: Lang) -> Coverage {
    let checker = Checker::new(guidance, CheckOptions::default()).keeping_prose();
    let summarizer = Summarizer::new(guidance);
    let reports = crate::par::map(found, |found| match found {
        Found::File(path) => {
            let (result, report) = checker.check_file(path);
            summarizer.summary(path, &result, report.as_ref(), lang)
        }
        Found::Problem(path, problem) => unreadable(path, problem.text(lang)),
    });
    tally(guidance, reports, lang)
}

/// Keeps what coverage needs of reports already checked (as `publish` has them).
pub struct Summarizer<'g> {
    guidance: &'g Guidance,
    principles: Principles,
}

impl<'g> Summarizer<'g> {
    /// Prepares the search for the guidance's principles.
    pub fn new(guidance: &'g Guidance) -> Summarizer<'g> {
        Summarizer {
            guidance,
            principles: principle_names(guidance),
        }
    }

    /// What is kept of one checked report.
    pub fn summary(
        &self,
        path: &Path,
        result: &FileResult,
        report: Option<&Report>,
        lang: Lang,
    ) -> ReportSummary {
        summarize(self.guidance, path, result, report, &self.principles, lang)
    }
}

/// The guiding principles, found by their titles in any language in one pass over a text.
struct Principles {
    letters: Vec<String>,
    /// Every title of every principle, normalized, in a leftmost-first search, which skips
    /// through a text fast but reports no title overlapping one it reported; `None` past
    /// the automaton's size limits, which a guidance's dozens of titles are far below.
    leftmost: Option<aho_corasick::AhoCorasick>,
    /// The same titles in an overlapping search, run only around what `leftmost` finds:
    /// a title that overlaps a reported one lies within a title's length of it.
    overlapping: Option<aho_corasick::AhoCorasick>,
    /// For each title, the length in bytes of the longest title of another principle that
    /// can overlap it: how far around it the overlapping search must look.
    reach: Vec<usize>,
    /// For each title, the index of its principle.
    principle_of: Vec<usize>,
    /// For each title, the other principles with a title that can overlap it in a text:
    /// only while one of those is not yet named is the search around a match worth it.
    overlapped_by: Vec<Vec<usize>>,
}

impl Principles {
    /// The principles named in a report: in its prose and the headings its writers added
    /// (not those of the guidance's sections and objectives, whose titles name some).
    fn letters_named_in_report(&self, report: &Report) -> Vec<String> {
        let headings = (report.headings.iter())
            .filter(|h| matches!(h.kind, HeadingKind::Other))
            .map(|h| h.text.as_str());
        self.letters_named_in(std::iter::once(report.prose.as_str()).chain(headings))
    }

    /// The principles named in texts, each text searched as if following the one before
    /// it after a space.
    fn letters_named_in<'t>(&self, texts: impl Iterator<Item = &'t str>) -> Vec<String> {
        // One buffer a thread, kept from report to report.
        thread_local!(static FOLDED: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) });
        let mut named = vec![false; self.letters.len()];
        FOLDED.with_borrow_mut(|buffer| {
            let mut end = 0;
            for text in texts {
                let start = if end == 0 { 0 } else { end + 1 };
                let folded = fold_for_search(text, buffer, start);
                if folded > start {
                    if start > 0 {
                        buffer[end] = b' ';
                    }
                    end = folded;
                }
            }
            self.name_in(&buffer[..end], &mut named);
        });
        self.letters
            .iter()
            .zip(named)
            .filter(|(_, named)| *named)
            .map(|(letter, _)| letter.clone())
            .collect()
    }

    /// Marks the principles a folded text names.
    fn name_in(&self, folded: &[u8], named: &mut [bool]) {
        let (Some(leftmost), Some(overlapping)) = (&self.leftmost, &self.overlapping) else {
            return;
        };
        // Every place of a title either is reported by the leftmost search or overlaps
        // a place it reports (a title inside another title counts too).
        for found in leftmost.find_iter(folded) {
            let title = found.pattern().as_usize();
            named[self.principle_of[title]] = true;
            if self.overlapped_by[title].iter().all(|p| named[*p]) {
                continue;
            }
            let reach = self.reach[title];
            let from = found.start().saturating_sub(reach - 1);
            let to = (found.end() + reach - 1).min(folded.len());
            for near in overlapping.find_overlapping_iter(&folded[from..to]) {
                named[self.principle_of[near.pattern().as_usize()]] = true;
            }
        }
    }
}

/// The principles' titles in every language, normalized.
fn principle_names(guidance: &Guidance) -> Principles {
    let letters = guidance.principles.iter().map(|p| p.letter.clone());
    let titles = guidance
        .principles
        .iter()
        .enumerate()
        .flat_map(|(i, principle)| {
            principle
                .title
                .iter()
                .map(move |(_, title)| (normalize(&title.text), i))
        });
    Principles::new(
        letters.collect(),
        titles.filter(|(t, _)| !t.is_empty()).collect(),
    )
}

impl Principles {
    /// The principles named by `letters`, and their titles with the index of each one's
    /// principle.
    fn new(letters: Vec<String>, titles: Vec<(String, usize)>) -> Principles {
        use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
        let (titles, principle_of): (Vec<String>, Vec<usize>) = titles.into_iter().unzip();
        // Titles as the text is folded for the search.
        let titles: Vec<Vec<u8>> = titles
            .iter()
            .map(|title| {
                let mut folded = Vec::new();
                let end = fold_for_search(title, &mut folded, 0);
                folded.truncate(end);
                folded
            })
            .collect();
        // For each title, the titles of other principles that can overlap it: their
        // principles, and how far the longest of them reaches.
        let (overlapped_by, reach) = (titles.iter().enumerate())
            .map(|(i, title)| {
                let overlapping = (titles.iter().enumerate()).filter(|(j, other)| {
                    principle_of[*j] != principle_of[i] && can_overlap(title, other)
                });
                let mut principles = Vec::new();
                let mut reach = 1;
                for (j, other) in overlapping {
                    principles.push(principle_of[j]);
                    reach = reach.max(other.len());
                }
                principles.sort_unstable();
                principles.dedup();
                (principles, reach)
            })
            .unzip();
        Principles {
            letters,
            leftmost: AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostFirst)
                .build(&titles)
                .ok(),
            // Searched in short windows around matches only, but often enough that a DFA,
            // built once, is worth it.
            overlapping: AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::DFA))
                .build(&titles)
                .ok(),
            reach,
            overlapped_by,
            principle_of,
        }
    }
}

/// Whether two titles can share bytes where they occur in a text: one inside the other,
/// or the end of one the start of the other.
fn can_overlap(a: &[u8], b: &[u8]) -> bool {
    let inside = |long: &[u8], short: &[u8]| {
        !short.is_empty() && long.windows(short.len()).any(|w| w == short)
    };
    let joined = |first: &[u8], second: &[u8]| {
        (1..first.len().min(second.len())).any(|k| first[first.len() - k..] == second[..k])
    };
    inside(a, b) || inside(b, a) || joined(a, b) || joined(b, a)
}

/// What is kept of a file that could not be read as a report.
pub fn unreadable(path: &Path, reason: String) -> ReportSummary {
    ReportSummary {
        path: path.display().to_string(),
        title: String::new(),
        organization: String::new(),
        stakeholder: String::new(),
        countries: Vec::new(),
        language: String::new(),
        date: String::new(),
        objectives_declared: Vec::new(),
        objectives_written: Vec::new(),
        principles: Vec::new(),
        words: 0,
        errors: 1,
        warnings: 0,
        status: Status::Unreadable,
        reason: Some(reason),
        failing: Vec::new(),
        copy_of: None,
        digest: 0,
    }
}

fn summarize(
    guidance: &Guidance,
    path: &Path,
    result: &FileResult,
    report: Option<&Report>,
    principles: &Principles,
    lang: Lang,
) -> ReportSummary {
    let Some(report) = report else {
        let reason = result.reason(lang);
        return unreadable(path, reason);
    };
    if let Some(broken) = result.broken_front_matter() {
        return unreadable(path, broken.msg.plain(lang));
    }
    let meta = Meta::read(report, guidance);
    let mut declared = meta.objectives.clone();
    declared.sort_unstable();
    let mut written: Vec<u32> = report
        .known_objectives(guidance)
        .filter(|(i, _)| report.held(*i).words > 0)
        .map(|(_, n)| n)
        .collect();
    written.sort_unstable();
    written.dedup();
    let named = principles.letters_named_in_report(report);
    let errors = result.count(Severity::Error);
    ReportSummary {
        path: path.display().to_string(),
        title: meta.title,
        organization: meta.organization,
        stakeholder: meta.stakeholder,
        countries: meta.countries,
        language: meta.language,
        date: meta.date,
        objectives_declared: declared,
        objectives_written: written,
        principles: named,
        words: report.words(),
        errors,
        warnings: result.count(Severity::Warning),
        status: if result.final_errors() == 0 {
            Status::Complete
        } else {
            Status::Incomplete
        },
        reason: None,
        failing: result.final_rules(),
        copy_of: None,
        digest: digest(report.text.as_bytes()),
    }
}

/// A digest of a report's text, eight bytes at a time: finding identical copies must not
/// cost a noticeable part of reading the reports. Four lanes take every fourth word each,
/// so that no multiplication waits on the one before it.
fn digest(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mix = |h: u64, word: u64| (h.rotate_left(5) ^ word).wrapping_mul(K);
    let word = |eight: &[u8]| {
        let mut word = [0; 8];
        word.copy_from_slice(eight);
        u64::from_le_bytes(word)
    };
    let mut lanes = [bytes.len() as u64, 1, 2, 3];
    let mut blocks = bytes.chunks_exact(32);
    for block in &mut blocks {
        for (lane, eight) in lanes.iter_mut().zip(block.chunks_exact(8)) {
            *lane = mix(*lane, word(eight));
        }
    }
    let mut h = lanes.into_iter().fold(0, mix);
    let mut words = blocks.remainder().chunks_exact(8);
    for eight in &mut words {
        h = mix(h, word(eight));
    }
    for &b in words.remainder() {
        h = mix(h, u64::from(b));
    }
    h
}

/// Counts the summaries.
pub fn tally(guidance: &Guidance, mut reports: Vec<ReportSummary>, lang: Lang) -> Coverage {
    // The first of identical reports counts; the others are copies of it.
    let mut first: std::collections::HashMap<u64, String> = std::collections::HashMap::new();
    for report in reports
        .iter_mut()
        .filter(|r| r.status != Status::Unreadable)
    {
        match first.get(&report.digest) {
            Some(original) => report.copy_of = Some(original.clone()),
            None => {
                first.insert(report.digest, report.path.clone());
            }
        }
    }
    let mut totals = Totals {
        reports: reports.len(),
        ..Totals::default()
    };
    let mut by_stakeholder: BTreeMap<String, usize> = guidance
        .stakeholders
        .iter()
        .map(|s| (s.id.clone(), 0))
        .collect();
    let mut by_country = BTreeMap::new();
    let mut by_language = BTreeMap::new();
    let mut not_counted: BTreeMap<(&'static str, String), usize> = BTreeMap::new();
    for report in &reports {
        match report.status {
            Status::Complete => totals.complete += 1,
            Status::Incomplete => totals.incomplete += 1,
            Status::Unreadable => totals.unreadable += 1,
        }
        if !report.counted() {
            continue;
        }
        match by_stakeholder.get_mut(&report.stakeholder) {
            Some(n) => *n += 1,
            None => {
                *not_counted
                    .entry(("stakeholder", report.stakeholder.clone()))
                    .or_default() += 1
            }
        }
        if report.countries.is_empty() {
            *not_counted.entry(("country", String::new())).or_default() += 1;
        }
        for country in &report.countries {
            if crate::country::is_valid(country) {
                *by_country.entry(country.clone()).or_default() += 1;
            } else {
                *not_counted.entry(("country", country.clone())).or_default() += 1;
            }
        }
        let valid = Lang::ALL.iter().any(|l| l.code() == report.language);
        if valid {
            *by_language.entry(report.language.clone()).or_default() += 1;
        } else {
            *not_counted
                .entry(("language", report.language.clone()))
                .or_default() += 1;
        }
    }
    let not_counted = not_counted
        .into_iter()
        .map(|((field, value), reports)| NotCounted {
            field,
            value,
            reports,
        })
        .collect();
    let counted: Vec<&ReportSummary> = reports.iter().filter(|r| r.counted()).collect();
    let objectives: Vec<ObjectiveCoverage> = guidance
        .objectives
        .iter()
        .map(|o| {
            let number = u32::from(o.number);
            let mut by_kind = BTreeMap::new();
            let mut declared_only = 0;
            let mut written = 0;
            for report in &counted {
                match report.cell(number) {
                    Cell::Written => {
                        written += 1;
                        *by_kind.entry(report.stakeholder.clone()).or_default() += 1;
                    }
                    Cell::DeclaredOnly => declared_only += 1,
                    Cell::Absent => {}
                }
            }
            let title = o.title.get(lang);
            ObjectiveCoverage {
                number,
                round_table: o.round_table,
                title: title.text.clone(),
                short: o.short.get(lang).clone(),
                official: title.status.is_official(),
                written,
                declared_only,
                by_stakeholder: by_kind,
            }
        })
        .collect();
    let gaps = objectives
        .iter()
        .filter(|o| o.written == 0)
        .map(|o| o.number)
        .collect();
    let round_tables = guidance
        .round_tables
        .iter()
        .map(|rt| {
            let members = guidance.round_table_objectives(rt.number);
            RoundTableCoverage {
                number: rt.number,
                objectives_covered: objectives
                    .iter()
                    .filter(|o| members.contains(&o.number) && o.written > 0)
                    .count(),
                reports: counted
                    .iter()
                    .filter(|r| r.objectives_written.iter().any(|n| members.contains(n)))
                    .count(),
                objectives: members,
            }
        })
        .collect();
    let principles = guidance
        .principles
        .iter()
        .map(|p| PrincipleCoverage {
            letter: p.letter.clone(),
            title: p.title.get(lang).text.clone(),
            reports: counted
                .iter()
                .filter(|r| r.principles.contains(&p.letter))
                .count(),
        })
        .collect();
    Coverage {
        language: lang,
        totals,
        gaps,
        objectives,
        round_tables,
        principles,
        by_stakeholder,
        by_country,
        by_language,
        not_counted,
        reports,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_tell_texts_apart() {
        assert_eq!(digest(b"same text"), digest(b"same text"));
        assert_ne!(digest(b"same text"), digest(b"same texT"));
        assert_ne!(digest(b"12345678a"), digest(b"12345678"));
        assert_ne!(digest(b""), digest(b"\0"));
        // A change anywhere, in any lane or in the bytes after the last block, shows.
        let text: Vec<u8> = (0..77).collect();
        for i in 0..text.len() {
            let mut changed = text.clone();
            changed[i] ^= 1;
            assert_ne!(digest(&text), digest(&changed), "byte {i}");
        }
    }

    /// What the fast search must find: every principle one of whose folded titles is in
    /// the folded text, each title searched on its own.
    fn reference(principles: &Principles, titles: &[(String, usize)], text: &str) -> Vec<String> {
        let folded = crate::report::heading::fold(text);
        let mut named = vec![false; principles.letters.len()];
        for (title, principle) in titles {
            named[*principle] |= folded.contains(&crate::report::heading::fold(title));
        }
        principles
            .letters
            .iter()
            .zip(named)
            .filter(|(_, n)| *n)
            .map(|(l, _)| l.clone())
            .collect()
    }

    #[test]
    fn principles_are_found_as_one_search_per_title_finds_them() {
        let guidance = Guidance::builtin().unwrap();
        let builtin: Vec<(String, usize)> = guidance
            .principles
            .iter()
            .enumerate()
            .flat_map(|(i, p)| p.title.iter().map(move |(_, t)| (normalize(&t.text), i)))
            .collect();
        // Titles that overlap one another, as a guidance of one's own may have.
        let overlapping: Vec<(String, usize)> = [
            "human rights",
            "rights based approach",
            "man",
            "based",
            "approach human",
            "حقوق الانسان",
            "الانسان والتنمية",
            "نسا",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| (t.to_string(), i))
        .collect();
        let mut rng = crate::model_tests::Rng(0xc0ffee);
        for titles in [builtin, overlapping] {
            let letters = (0..titles.len()).map(|i| i.to_string()).collect();
            let principles = Principles::new(letters, titles.clone());
            let mut texts = crate::model_tests::samples();
            // Titles run together, cut, overlapping and inside one another.
            for _ in 0..3000 {
                let mut text = String::new();
                for _ in 0..1 + rng.next() % 4 {
                    let (title, _) = &titles[rng.next() % titles.len()];
                    let starts: Vec<usize> = title.char_indices().map(|(i, _)| i).collect();
                    let cut = starts[rng.next() % starts.len().min(4)];
                    text.push_str(if rng.next() % 2 == 0 {
                        &title[cut..]
                    } else {
                        title
                    });
                    text.push_str([" ", "", "-", "\n", "é"][rng.next() % 5]);
                }
                texts.push(text);
            }
            for text in texts {
                assert_eq!(
                    principles.letters_named_in(std::iter::once(text.as_str())),
                    reference(&principles, &titles, &text),
                    "{text:?}"
                );
            }
        }
    }
}
