#pragma once
// KZSEC_TARGET_CLONES("avx2", "default"): GCC's function multiversioning (one clone per
// target, chosen at load time by an ifunc resolver), used on the few hot loops that gain from
// newer instructions. Private to src/.
//
// Empty where the attribute is missing, off x86-64, and under ThreadSanitizer: the ifunc
// resolver runs while the dynamic loader relocates the program, before the TSan runtime is up,
// and an instrumented resolver crashes there (every test binary segfaulted at start-up;
// scripts/tsan.sh). The default clone is then the only one.
#if defined(__SANITIZE_THREAD__)
#define KZSEC_NO_TARGET_CLONES 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define KZSEC_NO_TARGET_CLONES 1
#endif
#endif

#if !defined(KZSEC_NO_TARGET_CLONES) && defined(__x86_64__) && defined(__GNUC__) && defined(__has_attribute)
#if __has_attribute(target_clones)
#define KZSEC_TARGET_CLONES(...) [[gnu::target_clones(__VA_ARGS__)]]
#endif
#endif
#ifndef KZSEC_TARGET_CLONES
#define KZSEC_TARGET_CLONES(...)
#endif
