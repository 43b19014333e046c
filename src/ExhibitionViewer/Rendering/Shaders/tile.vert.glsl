#version 330 core
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec2 aUv;
uniform mat4 uViewProjection;
out vec2 vUv;

void main()
{
    vUv = aUv;
    gl_Position = uViewProjection * vec4(aPosition, 1.0);
}
