# Goodwill — the two set-up commands are `make demo` and `make test`.
SWIFT ?= swift
GOODWILL := .build/release/goodwill

.PHONY: demo test test-deps bench fuzz sanitize deps build embed-theme check-theme clean

## Install what is missing, build goodwill in release mode, build the example site into site/.
demo: deps
	$(SWIFT) build -c release --product goodwill
	$(GOODWILL) build

## Run every test, then the W3C HTML checker over the built example site (installs what is missing).
test: deps test-deps check-theme
	$(SWIFT) build --build-tests
	$(SWIFT) test
	scripts/validate-html.sh

## goodwill against Hugo on the same generated corpora (1,000 and 10,000 articles), in tmpfs.
bench: deps
	@command -v hugo >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq hugo; }
	$(SWIFT) build -c release --product goodwill
	$(SWIFT) build -c release --product goodwill-bench
	python3 bench/run.py $(BENCH_ARGS)

## libFuzzer on each parser (Fuzz/): FUZZ_SECONDS per target (default 600), from the committed
## seed corpora; a crash stops with the input's path. FUZZ_TARGETS picks some (docs/fuzzing.md).
FUZZ_SECONDS ?= 600
fuzz: deps
	cd Fuzz && $(SWIFT) build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
	scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

## The whole test suite under AddressSanitizer (leaks included, scripts/lsan-suppressions.txt
## names the two upstream ones), then under ThreadSanitizer: the parallel build, the ledger
## readers and the preview server among them. Each in its own build folder.
sanitize: deps check-theme
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan

## From Debian, when missing: libcmark-dev (the Markdown renderer), pkg-config, zlib1g-dev
## (gzip access logs for the report) and libmimalloc-dev (the allocator goodwill links: faster
## builds than glibc malloc, docs/performance.md); Pygments (code colours) and, from PyPI, Pagefind (search).
deps:
	@missing=""; \
	pkg-config --exists libcmark 2>/dev/null || missing="$$missing libcmark-dev pkg-config"; \
	pkg-config --exists zlib 2>/dev/null || missing="$$missing zlib1g-dev"; \
	pkg-config --exists gmime-3.0 2>/dev/null || missing="$$missing libgmime-3.0-dev"; \
	ls /usr/lib/*/libmimalloc.so /usr/lib/libmimalloc.so 2>/dev/null | grep -q . || missing="$$missing libmimalloc-dev"; \
	python3 -c 'import pygments' 2>/dev/null || missing="$$missing python3-pygments"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing…"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi; \
	python3 -c 'import pygments' 2>/dev/null || python3 -m pip install -q pygments  # a python3 that is not Debian's
	@# Pagefind, the search index (docs/themes.md, Search): PyPI ships its binary; npm is not needed.
	@command -v pagefind >/dev/null || python3 -c 'import pagefind_bin' 2>/dev/null \
		|| python3 -m pip install -q 'pagefind[bin]==1.5.2' 2>/dev/null \
		|| python3 -m pip install -q --break-system-packages 'pagefind[bin]==1.5.2'

## What only the tests need, from Debian: faketime sets the clock of a child process (the
## time-zone tests run goodwill at a chosen local time).
test-deps:
	@command -v faketime >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq faketime; }

build: deps
	$(SWIFT) build -c release --product goodwill

## Copy themes/default into the binary (run after editing the default theme).
embed-theme:
	python3 scripts/embed-default-theme.py

check-theme:
	python3 scripts/embed-default-theme.py --check

clean:
	rm -rf .build
