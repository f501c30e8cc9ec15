//! The widget's styles stay inside the widget and work under `style-src 'self'`: every rule
//! is scoped under `.vkc`, nothing styles `html`, `body` or the whole page, motion only
//! happens for users who have not asked for less, and no markup carries inline styles or
//! scripts.

use std::fs;
use std::path::{Path, PathBuf};

/// One style rule: its selectors and declarations, with the at-rules around it.
#[derive(Debug)]
struct Rule {
    file: String,
    at_rules: Vec<String>,
    selectors: Vec<String>,
    declarations: String,
}

fn files_in(dir: &str, extension: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files = Vec::new();
    let mut pending = vec![root];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(&dir).unwrap().map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == extension) {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The stylesheets that go into `vk-check.css`: all but the standalone page's own `page.css`
/// (the same choice scripts/post-build.mjs makes).
fn widget_css() -> Vec<(String, String)> {
    files_in("styles", "css")
        .into_iter()
        .filter(|p| !p.ends_with("page.css"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(p).unwrap())
        })
        .collect()
}

fn strip_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("*/").expect("comment closed") + start + 2;
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Splits at commas outside parentheses (`:is(a, b)` is one selector).
fn split_selectors(prelude: &str) -> Vec<String> {
    let (mut parts, mut current, mut depth) = (Vec::new(), String::new(), 0);
    for c in prelude.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(current.trim().to_owned());
                current.clear();
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    parts.push(current.trim().to_owned());
    parts
}

/// A small CSS reader: enough for plain stylesheets with nested `@media`/`@supports` blocks.
fn rules(file: &str, css: &str) -> Vec<Rule> {
    let css = strip_comments(css);
    let mut rules = Vec::new();
    let mut at_rules: Vec<String> = Vec::new();
    let mut rest = css.as_str();
    loop {
        let rest_trim = rest.trim_start();
        if rest_trim.is_empty() {
            break;
        }
        if let Some(after) = rest_trim.strip_prefix('}') {
            at_rules.pop().expect("balanced braces");
            rest = after;
            continue;
        }
        let open = rest_trim.find('{').expect("a block after a prelude");
        let prelude = rest_trim[..open].trim().to_owned();
        let body = &rest_trim[open + 1..];
        if prelude.starts_with("@media") || prelude.starts_with("@supports") {
            at_rules.push(prelude);
            rest = body;
            continue;
        }
        let close = body.find('}').expect("a closed block");
        rules.push(Rule {
            file: file.to_owned(),
            at_rules: at_rules.clone(),
            selectors: if prelude.starts_with('@') {
                vec![prelude]
            } else {
                split_selectors(&prelude)
            },
            declarations: body[..close].to_owned(),
        });
        rest = &body[close + 1..];
    }
    assert!(at_rules.is_empty(), "{file}: unclosed at-rule");
    rules
}

fn all_rules() -> Vec<Rule> {
    let rules: Vec<Rule> = widget_css()
        .iter()
        .flat_map(|(name, css)| rules(name, css))
        .collect();
    assert!(rules.len() > 50, "the reader found the rules");
    rules
}

/// `.vkc` itself, possibly with more on it (`.vkc *`, `.vkc .vkc-table`, `:where(.vkc)`).
fn scoped(selector: &str) -> bool {
    let rest = selector
        .strip_prefix(":where(.vkc)")
        .or_else(|| selector.strip_prefix(".vkc"));
    rest.is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '_'))
}

#[test]
fn every_rule_is_scoped_under_the_widget_root() {
    let unscoped: Vec<String> = all_rules()
        .iter()
        .flat_map(|r| r.selectors.iter().map(move |s| (r, s)))
        .filter(|(_, s)| !scoped(s))
        .map(|(r, s)| format!("{}: {s}", r.file))
        .collect();
    assert_eq!(unscoped, Vec::<String>::new());
}

#[test]
fn nothing_styles_the_host_page() {
    let page_wide = regex_lite::Regex::new(r"(^|[\s>+~(,])(html|body|:root)\b").unwrap();
    for rule in all_rules() {
        for selector in &rule.selectors {
            assert!(
                !page_wide.is_match(selector),
                "{}: `{selector}` reaches the host page",
                rule.file
            );
            assert!(
                !selector.starts_with('*'),
                "{}: `{selector}` styles every element of the page",
                rule.file
            );
        }
    }
}

#[test]
fn motion_only_for_users_who_have_not_asked_for_less() {
    let motion = regex_lite::Regex::new(
        r"(?m)(^|;|\s)(animation|transition)[\w-]*\s*:|scroll-behavior\s*:\s*smooth",
    )
    .unwrap();
    for rule in all_rules() {
        let allowed = rule
            .at_rules
            .iter()
            .any(|a| a.contains("prefers-reduced-motion: no-preference"));
        let keyframes = rule.selectors.iter().any(|s| s.starts_with("@keyframes"));
        assert!(
            allowed || !(keyframes || motion.is_match(&rule.declarations)),
            "{}: {:?} moves things; put it inside @media (prefers-reduced-motion: no-preference)",
            rule.file,
            rule.selectors
        );
    }
}

#[test]
fn dark_mode_sets_every_colour_token() {
    let tokens = &widget_css()
        .into_iter()
        .find(|(name, _)| name == "tokens.css")
        .unwrap()
        .1;
    let rules = rules("tokens.css", tokens);
    let names = |rule: &Rule| -> Vec<String> {
        rule.declarations
            .split(';')
            .filter_map(|d| d.trim().split_once(':'))
            .map(|(name, _)| name.trim().to_owned())
            .collect()
    };
    let light = rules.iter().find(|r| r.at_rules.is_empty()).unwrap();
    let dark = rules
        .iter()
        .find(|r| {
            r.at_rules
                .iter()
                .any(|a| a.contains("prefers-color-scheme: dark"))
        })
        .expect("a dark scheme");
    let colours: Vec<String> = names(light)
        .into_iter()
        .filter(|n| !["--vkc-font", "--vkc-radius", "--vkc-space"].contains(&n.as_str()))
        .collect();
    assert_eq!(names(dark), colours);
}

/// Markup and components never carry inline styles or scripts, which `style-src 'self'` and
/// `script-src 'self'` would block.
#[test]
fn no_inline_style_or_script_anywhere() {
    let inline_style =
        regex_lite::Regex::new(r#"(?i)\sstyle\s*=|<style|\.set_attribute\("style"|\.style\(\)"#)
            .unwrap();
    let inline_script = regex_lite::Regex::new(r"(?i)<script(\s[^>]*)?>").unwrap();
    let mut files = files_in("src", "rs");
    files.extend(files_in("examples", "html"));
    files.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html"));
    for path in files {
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            !inline_style.is_match(&text),
            "{}: inline style",
            path.display()
        );
        for tag in inline_script.find_iter(&text) {
            assert!(
                tag.as_str().contains("src="),
                "{}: inline script {}",
                path.display(),
                tag.as_str()
            );
        }
    }
}
