// A stand-in for a vendor WLT decoder adapter: "decodes" any input to a 2×1 BMP whose
// first pixel's blue channel is the input's first byte, so the test sees its data arrive.
#include <cstring>

extern "C" __attribute__((visibility("default"))) int
onewindow_wlt_decode(const unsigned char *wlt, int wltSize, unsigned char *bmp, int bmpCapacity)
{
    static const unsigned char header[54] = {
        'B', 'M', 62, 0, 0, 0, 0, 0, 0,    0,    54, 0, 0,    0,           // file header, 62 bytes
        40,  0,   0,  0, 2, 0, 0, 0, 1,    0,    0,  0, 1,    0,    24, 0, // 2×1, 24-bit
        0,   0,   0,  0, 8, 0, 0, 0, 0x13, 0x0B, 0,  0, 0x13, 0x0B, 0,  0, //
        0,   0,   0,  0, 0, 0, 0, 0};
    if (wltSize != 1024 || bmpCapacity < 62)
        return -1;
    std::memcpy(bmp, header, 54);
    const unsigned char pixels[8] = {wlt[0], 0, 0, 0, 0, 0xFF, 0, 0}; // row padded to 4
    std::memcpy(bmp + 54, pixels, 8);
    return 62;
}
