//! vk-check: compare video-conferencing tools and check their GDPR compliance, in the browser.

pub mod app;
pub mod components;
pub mod domain;
pub mod embed;
pub mod i18n;
