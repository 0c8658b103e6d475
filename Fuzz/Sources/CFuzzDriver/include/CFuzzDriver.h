#include <stddef.h>
#include <stdint.h>

// libFuzzer's entry for programs that have their own main (llvm.org/docs/LibFuzzer.html#using-libfuzzer-as-a-library).
// SwiftPM links every executable with `--defsym main=<module>_main`, so each target defines
// that symbol and hands over to libFuzzer here, instead of linking libFuzzer's own main.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
