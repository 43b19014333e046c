#version 330 core
// Rectangles of the screen bitmap that hold something, already in clip space. Each was copied into the texture
// at another row: aRowShift takes a screen row to its texture row.
layout(location = 0) in vec2 aPosition;
layout(location = 1) in float aRowShift;
flat out int vRowShift;

void main()
{
    vRowShift = int(aRowShift);
    gl_Position = vec4(aPosition, 0.0, 1.0);
}
