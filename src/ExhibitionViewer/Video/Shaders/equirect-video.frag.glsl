#version 330 core
// The equirect video shader. The view ray of each pixel is built from the inverse of the view projection (the
// camera's axes scaled by the half-field tangents), turned into longitude and latitude, and sampled with explicit
// gradients taken from a longitude that is continuous at that pixel, so the ±180° wrap never shows as a seam.
uniform vec2 uViewport;
uniform vec3 uForward;
uniform vec3 uRight;   // camera right × tan(hfov/2)
uniform vec3 uUp;      // camera up × tan(vfov/2)
uniform int uMode;     // 0: YUV frame, 1: RGB poster, 2: black
uniform float uOpacity; // below 1 while fading in over the scene being left
uniform sampler2D uY;
uniform sampler2D uU;
uniform sampler2D uV;
uniform sampler2D uPoster;
uniform mat3 uYuvMatrix;
uniform vec3 uYuvOffset;
out vec4 fragColor;
const float PI = 3.14159265358979;

void main()
{
    if (uMode == 2) { fragColor = vec4(0.0, 0.0, 0.0, uOpacity); return; }
    vec2 ndc = gl_FragCoord.xy / uViewport * 2.0 - 1.0;
    vec3 ray = uForward + uRight * ndc.x + uUp * ndc.y;
    float lon = atan(ray.x, ray.z);
    float lat = atan(ray.y, length(ray.xz));
    vec2 uv = vec2(lon / (2.0 * PI) + 0.5, 0.5 - lat / PI);
    // uv.x jumps from 1 to 0 at ±180°; the same longitude shifted by half a turn jumps at 0° instead.
    // Whichever changes less across this pixel's quad is continuous here: take the gradients from it.
    float shifted = fract(uv.x + 0.5);
    vec2 dx = vec2(dFdx(uv.x), dFdx(uv.y));
    vec2 dy = vec2(dFdy(uv.x), dFdy(uv.y));
    float sdx = dFdx(shifted);
    float sdy = dFdy(shifted);
    if (abs(sdx) + abs(sdy) < abs(dx.x) + abs(dy.x)) { dx.x = sdx; dy.x = sdy; }
    if (uMode == 1)
    {
        fragColor = vec4(textureGrad(uPoster, uv, dx, dy).rgb, uOpacity);
        return;
    }

    // The planes have no mip levels, so the level the gradients would pick cannot differ: plain sampling is
    // seam-free here and much cheaper on a software rasteriser.
    vec3 yuv = vec3(texture(uY, uv).r, texture(uU, uv).r, texture(uV, uv).r);
    fragColor = vec4(clamp(uYuvMatrix * (yuv - uYuvOffset), 0.0, 1.0), uOpacity);
}
