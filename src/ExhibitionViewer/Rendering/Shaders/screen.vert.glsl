#version 330 core
// Rectangles of the screen bitmap that hold something, already in clip space; the fragment shader fetches the
// texel under each pixel.
layout(location = 0) in vec2 aPosition;

void main()
{
    gl_Position = vec4(aPosition, 0.0, 1.0);
}
