#version 330 core
// The overlay bitmap is screen-sized and stored top row first: fetch the texel under this pixel, unfiltered.
uniform sampler2D uOverlay;
out vec4 fragColor;

void main()
{
    ivec2 size = textureSize(uOverlay, 0);
    ivec2 texel = ivec2(int(gl_FragCoord.x), size.y - 1 - int(gl_FragCoord.y));
    fragColor = texelFetch(uOverlay, texel, 0);
}
