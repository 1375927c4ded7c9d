//! The site's routes and their paths after `#`: reading a path into a [`Route`] and writing one.

use parallax_core::link::Page;

/// Every page of the site. The hash router keeps them after `#`, so that a static host serves
/// one `index.html` for all of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `#/`: the list of events.
    Home,
    /// `#/e/<event-id>` and its pages: `…/compare`, `…/quotes`, `…/sources`, `…/differences`.
    /// The query belongs
    /// to the page ([`parallax_core::link`]).
    Event {
        /// The event id.
        id: String,
        /// Which of the event's pages.
        page: Page,
    },
    /// Anything else; its own path is `/404`.
    NotFound,
}

/// Each event page's last path segment (none for the overview).
const PAGE_PATHS: [(Page, &str); 5] = [
    (Page::Overview, ""),
    (Page::Compare, "compare"),
    (Page::Quotes, "quotes"),
    (Page::Sources, "sources"),
    (Page::Differences, "differences"),
];

impl Route {
    /// The route a path names. One trailing `/` is ignored; an event id is one non-empty path
    /// segment, percent-decoded; anything else, including an id that is not UTF-8 once decoded,
    /// is [`Route::NotFound`].
    pub fn from_path(path: &str) -> Route {
        let path = path.strip_suffix('/').unwrap_or(path);
        let path = path.strip_prefix('/').unwrap_or(path);
        let mut segments = path.split('/');
        let route = match (segments.next(), segments.next(), segments.next(), segments.next()) {
            (Some(""), None, None, None) => Some(Route::Home),
            (Some("e"), Some(id), segment, None) => {
                let page = match segment {
                    None => Some(Page::Overview),
                    Some("") => None,
                    Some(segment) => {
                        PAGE_PATHS.iter().find(|(_, path)| *path == segment).map(|(page, _)| *page)
                    }
                };
                page.zip(event_id(id)).map(|(page, id)| Route::Event { id, page })
            }
            _ => None,
        };
        route.unwrap_or(Route::NotFound)
    }

    /// The route of one of an event's pages.
    pub fn of_page(id: &str, page: Page) -> Route {
        Route::Event { id: id.to_string(), page }
    }

    /// The route's path, with the event id percent-encoded; [`Route::from_path`] reads it back.
    pub fn to_path(&self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::NotFound => "/404".to_string(),
            Route::Event { id, page } => {
                let segment = PAGE_PATHS.iter().find(|(known, _)| known == page).map_or("", |(_, path)| path);
                let slash = if segment.is_empty() { "" } else { "/" };
                format!("/e/{}{slash}{segment}", parallax_core::link::encode(id))
            }
        }
    }
}

/// A path's event-id segment, percent-decoded; `None` if it is empty or not UTF-8 once decoded.
fn event_id(segment: &str) -> Option<String> {
    if segment.is_empty() {
        return None;
    }
    parallax_core::link::decode_segment(segment)
}

#[cfg(test)]
mod tests {
    use yew_router::Routable;

    use parallax_core::link::Page;

    use super::Route;

    /// The same routes declared for yew-router, which the app used before: links that worked
    /// then must lead to the same pages now.
    #[derive(Debug, Clone, PartialEq, Routable)]
    enum YewRouterRoute {
        #[at("/")]
        Home,
        #[at("/e/:id")]
        Event { id: String },
        #[at("/e/:id/compare")]
        Compare { id: String },
        #[at("/e/:id/quotes")]
        Quotes { id: String },
        #[at("/e/:id/sources")]
        Sources { id: String },
        #[at("/e/:id/differences")]
        Differences { id: String },
        #[not_found]
        #[at("/404")]
        NotFound,
    }

    impl From<YewRouterRoute> for Route {
        fn from(route: YewRouterRoute) -> Route {
            match route {
                YewRouterRoute::Home => Route::Home,
                YewRouterRoute::Event { id } => Route::of_page(&id, Page::Overview),
                YewRouterRoute::Compare { id } => Route::of_page(&id, Page::Compare),
                YewRouterRoute::Quotes { id } => Route::of_page(&id, Page::Quotes),
                YewRouterRoute::Sources { id } => Route::of_page(&id, Page::Sources),
                YewRouterRoute::Differences { id } => Route::of_page(&id, Page::Differences),
                YewRouterRoute::NotFound => Route::NotFound,
            }
        }
    }

    /// Every path of up to four segments from a set of tricky ones, with and without a trailing
    /// `/`.
    fn paths() -> Vec<String> {
        const SEGMENTS: [&str; 15] = [
            "",
            "e",
            "compare",
            "quotes",
            "sources",
            "differences",
            "404",
            "x",
            "putin-trump",
            "a%20b",
            "%2F",
            "%E2%80%94",
            "%FF",
            "a+b",
            "é.x",
        ];
        let mut paths = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..4 {
            last = last
                .iter()
                .flat_map(|path| SEGMENTS.iter().map(move |segment| format!("{path}/{segment}")))
                .collect();
            paths.extend(last.iter().cloned());
        }
        let with_slash: Vec<String> = paths.iter().map(|path| format!("{path}/")).collect();
        paths.extend(with_slash);
        paths
    }

    #[test]
    fn reads_paths_as_yew_router_did() {
        let paths = paths();
        assert!(paths.len() > 40_000);
        for path in &paths {
            let before = YewRouterRoute::recognize(path).map_or(Route::NotFound, Route::from);
            assert_eq!(Route::from_path(path), before, "{path}");
        }
    }

    #[test]
    fn writes_paths_as_yew_router_did() {
        for id in ["putin-trump", "a b", "a/b", "ünï", "%41", "?#&"] {
            for route in [
                YewRouterRoute::Event { id: id.into() },
                YewRouterRoute::Compare { id: id.into() },
                YewRouterRoute::Quotes { id: id.into() },
                YewRouterRoute::Sources { id: id.into() },
            ] {
                assert_eq!(Route::from(route.clone()).to_path(), route.to_path());
            }
        }
        assert_eq!(Route::Home.to_path(), YewRouterRoute::Home.to_path());
        assert_eq!(Route::NotFound.to_path(), YewRouterRoute::NotFound.to_path());
    }

    #[test]
    fn reads_paths_and_falls_back_to_not_found() {
        let event = |id: &str| Route::of_page(id, Page::Overview);
        let compare = |id: &str| Route::of_page(id, Page::Compare);
        assert_eq!(Route::from_path("/"), Route::Home);
        assert_eq!(Route::from_path(""), Route::Home);
        assert_eq!(Route::from_path("//"), Route::Home);
        assert_eq!(Route::from_path("/e/putin-trump"), event("putin-trump"));
        assert_eq!(Route::from_path("/e/putin-trump/"), event("putin-trump"));
        assert_eq!(Route::from_path("/e/a%20b/compare"), compare("a b"));
        assert_eq!(Route::from_path("/e/a+b%2Fc"), event("a+b/c"));
        assert_eq!(Route::from_path("/e/%FF"), Route::NotFound);
        assert_eq!(Route::from_path("/e/"), Route::NotFound);
        assert_eq!(Route::from_path("/e//compare"), Route::NotFound);
        assert_eq!(Route::from_path("/e/x/compare/more"), Route::NotFound);
        assert_eq!(Route::from_path("/e/x/compare//"), Route::NotFound);
        assert_eq!(Route::from_path("/e/x/quotes"), Route::of_page("x", Page::Quotes));
        assert_eq!(Route::from_path("/e/a%20b/sources/"), Route::of_page("a b", Page::Sources));
        assert_eq!(Route::from_path("/e/x/quote"), Route::NotFound);
        assert_eq!(Route::from_path("/e/x/sources/more"), Route::NotFound);
        assert_eq!(Route::from_path("/404"), Route::NotFound);
        assert_eq!(Route::from_path("garbage"), Route::NotFound);
    }

    #[test]
    fn every_route_reads_back_from_its_path() {
        for id in ["putin-trump", "a b", "a/b", "ünï", "%41", "?#&"] {
            for page in [Page::Overview, Page::Compare, Page::Quotes, Page::Sources, Page::Differences] {
                let route = Route::of_page(id, page);
                assert_eq!(Route::from_path(&route.to_path()), route);
            }
        }
        assert_eq!(Route::from_path(&Route::Home.to_path()), Route::Home);
        assert_eq!(Route::from_path(&Route::NotFound.to_path()), Route::NotFound);
        assert_eq!(Route::of_page("a b", Page::Compare).to_path(), "/e/a%20b/compare");
        assert_eq!(Route::of_page("a b", Page::Overview).to_path(), "/e/a%20b");
    }
}
