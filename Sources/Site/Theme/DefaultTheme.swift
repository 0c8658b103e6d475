/// The theme goodwill ships, used when a site has no `themes/<name>/` folder.
///
/// The files' text lives in DefaultTheme+Files.swift, generated from `themes/default/`
/// by `make embed-theme`; a test fails when the two drift apart.
enum DefaultTheme {}
