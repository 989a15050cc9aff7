import { describe, expect, it } from "vitest";
import { detectPhotoType } from "./image-type";

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe("photo types, read from the file's first bytes", () => {
  it("recognises JPEG, PNG and WebP", () => {
    expect(detectPhotoType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe("image/jpeg");
    expect(detectPhotoType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe("image/png");
    expect(detectPhotoType(new Uint8Array([...ascii("RIFF"), 1, 2, 3, 4, ...ascii("WEBPVP8 ")]))).toBe("image/webp");
  });

  it("refuses everything else, whatever it is called", () => {
    expect(detectPhotoType(ascii("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(detectPhotoType(ascii("<!doctype html><script>alert(1)</script>"))).toBeNull();
    expect(detectPhotoType(ascii("GIF89a......"))).toBeNull();
    expect(detectPhotoType(new Uint8Array([...ascii("RIFF"), 1, 2, 3, 4, ...ascii("WAVEfmt ")]))).toBeNull();
    expect(detectPhotoType(bytes(0xff, 0xd8))).toBeNull();
    expect(detectPhotoType(new Uint8Array())).toBeNull();
  });
});
