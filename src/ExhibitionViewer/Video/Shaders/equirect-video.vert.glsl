#version 330 core
// One triangle that covers the screen, made from the vertex id: no vertex buffer needed.
void main()
{
    vec2 position = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2)) * 2.0 - 1.0;
    gl_Position = vec4(position, 0.0, 1.0);
}
