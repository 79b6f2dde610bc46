//! What a screen reader over AT-SPI says by itself, heard in tests.

use avswitch::ui::App;
use egui::accesskit::{Live, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, NodeT};

/// What a screen reader over AT-SPI says by itself, as AccessKit's adapter
/// tells it: the name of a live node (live itself or inside a live region)
/// that appears with a name, or whose name changes, even to nothing. What
/// the first view of the window holds is read by the person, not said.
pub struct Listener {
    names: Vec<(String, Option<String>)>,
    pub said: Vec<String>,
}

/// The live nodes below `root`, in reading order, with their names.
fn live_names(root: &AccessKitNode<'_>) -> Vec<(String, Option<String>)> {
    let mut found = Vec::new();
    let mut stack = vec![*root];
    while let Some(node) = stack.pop() {
        let children: Vec<_> = node.children().collect();
        stack.extend(children.into_iter().rev());
        if node.role() == Role::TextRun || node.live() == Live::Off {
            continue;
        }
        let name = if node.label_comes_from_value() {
            node.value()
        } else {
            node.label()
        };
        found.push((format!("{:?}", node.id()), name));
    }
    found
}

impl Listener {
    pub fn new(root: &AccessKitNode<'_>) -> Self {
        Self {
            names: live_names(root),
            said: Vec::new(),
        }
    }

    pub fn hear(&mut self, root: &AccessKitNode<'_>) {
        let now = live_names(root);
        for (id, name) in &now {
            match self.names.iter().find(|(old, _)| old == id) {
                None => self.said.extend(name.clone()),
                Some((_, old)) if old != name => self.said.push(name.clone().unwrap_or_default()),
                Some(_) => {}
            }
        }
        self.names = now;
    }

    /// Runs frames one by one, hearing each, until the window settles.
    /// Work that runs on a thread of its own (saving, a check) may take
    /// longer than a few frames on a busy machine: frames go on, a moment
    /// apart, until something new is said or five seconds pass, then a few
    /// more, so that anything said twice would be heard twice.
    pub fn through(&mut self, h: &mut Harness<'static, App>) {
        let before = self.said.len();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        let mut frames = 0;
        while frames < 30 || (self.said.len() == before && std::time::Instant::now() < deadline) {
            h.step();
            self.hear(&h.root().accesskit_node());
            frames += 1;
            if frames >= 30 {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        }
        for _ in 0..30 {
            h.step();
            self.hear(&h.root().accesskit_node());
        }
    }
}
