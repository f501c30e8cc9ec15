# vk-check: every target installs what it needs first (only what is missing), so a fresh
# machine with just the Rust toolchain can run `make serve` and `make test`.

SHELL := /bin/bash
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.22.1
# The wasm-bindgen CLI must equal the library version that Cargo.lock pins.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/version = "\(.*\)"/\1/p}' Cargo.lock)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# npm's binaryen (wasm-opt 132) must come before any older wasm-opt on the PATH.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

BROWSER_TESTS := $(patsubst tests/%.rs,--test %,$(wildcard tests/browser_*.rs))

.PHONY: help setup serve build test test-native test-wasm test-e2e lint bench clean \
	tool-wasm-target tool-trunk tool-wasm-bindgen tool-chromium tool-npm tool-cargo-deps \
	tool-twiggy

help:
	@echo "make serve   install what is missing, build, serve on http://127.0.0.1:8080"
	@echo "make test    install what is missing, run every test (native, browser, end to end)"
	@echo "make build   release build into dist/"
	@echo "make lint    rustfmt check, clippy (native and wasm32), domain purity check"
	@echo "make bench   release build, then size and load-time figures in headless Chromium,"
	@echo "             and what the wasm is made of"

setup: tool-wasm-target tool-trunk tool-wasm-bindgen tool-chromium tool-npm tool-cargo-deps

tool-wasm-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown

tool-trunk:
	@trunk --version 2>/dev/null | grep -qF "$(TRUNK_VERSION)" \
		|| cargo install trunk --version "=$(TRUNK_VERSION)" --locked --ignore-rust-version

# Without --locked: the CLI's own lockfile pins a crate version the registry no longer has.
tool-wasm-bindgen:
	@wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)" \
		|| cargo install wasm-bindgen-cli --version "=$(WASM_BINDGEN_VERSION)"

# Only for `make bench`: the size breakdown by crate.
tool-twiggy:
	@twiggy --version 2>/dev/null | grep -qF "0.8.0" \
		|| cargo install twiggy --version "=0.8.0" --locked

tool-chromium:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null \
		|| { $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium chromium-driver; }

tool-npm: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# Trunk builds offline, so every crate must already be in cargo's cache.
tool-cargo-deps:
	@cargo fetch --locked --quiet

build: tool-wasm-target tool-trunk tool-wasm-bindgen tool-npm tool-cargo-deps
	trunk build --release

serve: build
	trunk serve --release --no-autoreload

test: test-native test-wasm test-e2e

test-native: tool-cargo-deps
	cargo test --locked

test-wasm: tool-wasm-target tool-wasm-bindgen tool-chromium tool-cargo-deps
	cargo test --locked --target wasm32-unknown-unknown $(BROWSER_TESTS)

test-e2e: build tool-chromium
	node --test --test-reporter=spec tests/e2e/

lint: tool-wasm-target tool-cargo-deps
	cargo fmt --all -- --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings
	@# The domain is plain Rust: no UI or browser crate may appear in it.
	@! grep -rnwE 'yew|web_sys|gloo|wasm_bindgen|js_sys' src/domain \
		|| { echo "src/domain must not use yew, web-sys, gloo or wasm-bindgen"; exit 1; }
	@echo "lint: clean"

bench: build tool-chromium tool-twiggy
	node bench/bench.mjs
	node bench/size-breakdown.mjs

clean:
	cargo clean
	rm -rf dist
