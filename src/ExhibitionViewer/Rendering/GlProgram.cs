using Silk.NET.OpenGL;

namespace ExhibitionViewer.Rendering;

/// <summary>Compiles and links a vertex + fragment shader pair; throws with the driver's log on failure.</summary>
internal static class GlProgram
{
    public static uint Build(GL gl, string vertexFile, string fragmentFile)
    {
        var vertex = Compile(gl, ShaderType.VertexShader, vertexFile);
        var fragment = Compile(gl, ShaderType.FragmentShader, fragmentFile);
        var program = gl.CreateProgram();
        gl.AttachShader(program, vertex);
        gl.AttachShader(program, fragment);
        gl.LinkProgram(program);
        gl.DeleteShader(vertex);
        gl.DeleteShader(fragment);
        gl.GetProgram(program, ProgramPropertyARB.LinkStatus, out var linked);
        if (linked == 0)
        {
            var log = gl.GetProgramInfoLog(program);
            gl.DeleteProgram(program);
            throw new InvalidOperationException($"linking {vertexFile} + {fragmentFile} failed: {log}");
        }

        return program;
    }

    private static uint Compile(GL gl, ShaderType type, string file)
    {
        var shader = gl.CreateShader(type);
        gl.ShaderSource(shader, ShaderSource.Load(file));
        gl.CompileShader(shader);
        gl.GetShader(shader, ShaderParameterName.CompileStatus, out var compiled);
        if (compiled == 0)
        {
            var log = gl.GetShaderInfoLog(shader);
            gl.DeleteShader(shader);
            throw new InvalidOperationException($"compiling {file} failed: {log}");
        }

        return shader;
    }
}
