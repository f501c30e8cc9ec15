//! Entry point of the standalone build: mounts the widget into every marked element.

fn main() {
    vk_check::embed::mount_all();
}
