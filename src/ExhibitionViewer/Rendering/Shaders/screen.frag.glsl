#version 330 core
// Fetch, unfiltered, the texel holding this pixel: same column, its row (counted from the top) shifted to where the
// rectangle was copied.
uniform sampler2D uScreen;
uniform int uScreenHeight;
// Premultiplied colour: scaling all four channels fades it.
uniform float uOpacity;
flat in int vRowShift;
out vec4 fragColor;

void main()
{
    ivec2 texel = ivec2(int(gl_FragCoord.x), uScreenHeight - 1 - int(gl_FragCoord.y) + vRowShift);
    fragColor = texelFetch(uScreen, texel, 0) * uOpacity;
}
