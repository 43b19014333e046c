#version 330 core
// The screen bitmap is screen-sized and stored top row first: fetch the texel under this pixel, unfiltered.
uniform sampler2D uScreen;
// Premultiplied colour: scaling all four channels fades it.
uniform float uOpacity;
out vec4 fragColor;

void main()
{
    ivec2 size = textureSize(uScreen, 0);
    ivec2 texel = ivec2(int(gl_FragCoord.x), size.y - 1 - int(gl_FragCoord.y));
    fragColor = texelFetch(uScreen, texel, 0) * uOpacity;
}
