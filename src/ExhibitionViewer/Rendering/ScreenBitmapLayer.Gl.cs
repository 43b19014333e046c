using Silk.NET.OpenGL;
using SkiaSharp;

namespace ExhibitionViewer.Rendering;

/// <summary>Finding, uploading and blending the painted cells.</summary>
public sealed unsafe partial class ScreenBitmapLayer
{
    /// <summary>
    /// Blends the painted cells over the current framebuffer at <paramref name="opacity"/> (fades cost no repaint);
    /// the caller's GL state is put back afterwards.
    /// </summary>
    public void Draw(float opacity = 1)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (bitmap is null || vertexCount == 0 || opacity <= 0)
        {
            return;
        }

        var blendWasOn = gl.IsEnabled(EnableCap.Blend);
        gl.GetInteger(GetPName.BlendSrcRgb, out int srcRgb);
        gl.GetInteger(GetPName.BlendDstRgb, out int dstRgb);
        gl.GetInteger(GetPName.BlendSrcAlpha, out int srcAlpha);
        gl.GetInteger(GetPName.BlendDstAlpha, out int dstAlpha);
        gl.GetInteger(GetPName.CurrentProgram, out int oldProgram);
        gl.GetInteger(GetPName.VertexArrayBinding, out int oldVao);
        gl.GetInteger(GetPName.ArrayBufferBinding, out int oldBuffer);
        gl.GetInteger(GetPName.ActiveTexture, out int oldUnit);
        gl.ActiveTexture(TextureUnit.Texture0);
        gl.GetInteger(GetPName.TextureBinding2D, out int oldTexture);

        gl.Viewport(0, 0, (uint)bitmap.Width, (uint)bitmap.Height);
        gl.Enable(EnableCap.Blend);
        gl.BlendFunc(BlendingFactor.One, BlendingFactor.OneMinusSrcAlpha);
        gl.UseProgram(program);
        gl.Uniform1(opacityLocation, Math.Min(1, opacity));
        gl.Uniform1(heightLocation, bitmap.Height);
        gl.BindTexture(TextureTarget.Texture2D, textures[current]);
        gl.BindVertexArray(vao);
        gl.DrawArrays(PrimitiveType.Triangles, 0, (uint)vertexCount);

        gl.BindVertexArray((uint)oldVao);
        gl.BindBuffer(BufferTargetARB.ArrayBuffer, (uint)oldBuffer);
        gl.BindTexture(TextureTarget.Texture2D, (uint)oldTexture);
        gl.ActiveTexture((TextureUnit)oldUnit);
        gl.UseProgram((uint)oldProgram);
        gl.BlendFuncSeparate((BlendingFactor)srcRgb, (BlendingFactor)dstRgb, (BlendingFactor)srcAlpha, (BlendingFactor)dstAlpha);
        if (!blendWasOn)
        {
            gl.Disable(EnableCap.Blend);
        }
    }

    private void Allocate(int width, int height)
    {
        bitmap?.Dispose();
        // Zeroed memory is mapped lazily: only the pages paint touches are ever faulted in (about 3 ms a megabyte here).
        bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul), SKBitmapAllocFlags.ZeroPixels);
        runs.Clear();
        gl.DeleteTextures(textures);
        Array.Clear(textures);
        Array.Clear(textureRows);
    }

    // Grows the texture to hold at least this many rows, in steps of a quarter of the screen.
    private void Reserve(int index, int rows)
    {
        if (textures[index] != 0 && textureRows[index] >= rows)
        {
            return;
        }

        var step = Math.Max(CellSize, bitmap!.Height / 4);
        var capacity = Math.Min(bitmap.Height, (rows + step - 1) / step * step);
        gl.DeleteTexture(textures[index]);
        textures[index] = gl.GenTexture();
        textureRows[index] = capacity;
        gl.BindTexture(TextureTarget.Texture2D, textures[index]);
        gl.TexImage2D<byte>(TextureTarget.Texture2D, 0, InternalFormat.Rgba8, (uint)bitmap.Width, (uint)capacity, 0, PixelFormat.Rgba,
            PixelType.UnsignedByte, null);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.Nearest);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Nearest);
    }

    // Only the last painting's runs can hold paint: clearing them clears the bitmap.
    private void ClearRuns()
    {
        var target = bitmap!;
        var pixels = new Span<byte>((void*)target.GetPixels(), target.RowBytes * target.Height);
        foreach (var (x0, y0, x1, y1) in runs)
        {
            for (var y = y0; y < y1; y++)
            {
                pixels.Slice(y * target.RowBytes + x0 * 4, (x1 - x0) * 4).Clear();
            }
        }
    }

    // Premultiplied transparent pixels are all zero bytes: a cell holds something when any byte of it is not zero.
    // Occupied cells next to each other in a row of cells become one rectangle.
    private void FindRuns()
    {
        var target = bitmap!;
        var (width, height, stride) = (target.Width, target.Height, target.RowBytes);
        var pixels = new ReadOnlySpan<byte>((void*)target.GetPixels(), stride * height);
        var columns = (width + CellSize - 1) / CellSize;
        Span<bool> occupied = stackalloc bool[columns];
        runs.Clear();
        for (var y0 = 0; y0 < height; y0 += CellSize)
        {
            var y1 = Math.Min(height, y0 + CellSize);
            occupied.Clear();
            for (var y = y0; y < y1; y++)
            {
                var row = pixels.Slice(y * stride, width * 4);
                for (var c = 0; c < columns; c++)
                {
                    occupied[c] = occupied[c] || row[(c * CellSize * 4)..(Math.Min(width, (c + 1) * CellSize) * 4)].IndexOfAnyExcept((byte)0) >= 0;
                }
            }

            for (var c = 0; c < columns; c++)
            {
                if (!occupied[c])
                {
                    continue;
                }

                var first = c;
                while (c + 1 < columns && occupied[c + 1])
                {
                    c++;
                }

                runs.Add((first * CellSize, y0, Math.Min(width, (c + 1) * CellSize), y1));
            }
        }
    }

    private void Upload()
    {
        var target = bitmap!;
        // Runs come band by band; runs in one band of cells share its rows in the texture, bands stack downwards.
        var rows = runs.DistinctBy(r => r.Y0).Sum(r => r.Y1 - r.Y0);
        vertexCount = runs.Count * 6;
        if (runs.Count == 0)
        {
            return;
        }

        Reserve(current, rows);
        var vertices = new float[vertexCount * FloatsPerVertex];
        gl.BindTexture(TextureTarget.Texture2D, textures[current]);
        gl.PixelStore(PixelStoreParameter.UnpackAlignment, 4);
        gl.PixelStore(PixelStoreParameter.UnpackRowLength, target.RowBytes / 4);
        var pixels = (byte*)target.GetPixels();
        var (band, textureRow) = (runs[0].Y0, 0);
        for (var i = 0; i < runs.Count; i++)
        {
            var (x0, y0, x1, y1) = runs[i];
            if (y0 != band)
            {
                textureRow += runs[i - 1].Y1 - runs[i - 1].Y0;
                band = y0;
            }

            gl.TexSubImage2D(TextureTarget.Texture2D, 0, x0, textureRow, (uint)(x1 - x0), (uint)(y1 - y0), PixelFormat.Rgba,
                PixelType.UnsignedByte, pixels + y0 * target.RowBytes + x0 * 4);
            // Bitmap rows run top down; clip space runs bottom up.
            var (left, right) = (x0 * 2f / target.Width - 1, x1 * 2f / target.Width - 1);
            var (top, bottom) = (1 - y0 * 2f / target.Height, 1 - y1 * 2f / target.Height);
            float shift = textureRow - y0;
            ReadOnlySpan<float> quad = [left, bottom, shift, right, bottom, shift, right, top, shift, left, bottom, shift, right, top, shift, left, top, shift];
            quad.CopyTo(vertices.AsSpan(i * 6 * FloatsPerVertex));
        }

        gl.PixelStore(PixelStoreParameter.UnpackRowLength, 0);
        gl.GetInteger(GetPName.ArrayBufferBinding, out int oldBuffer);
        gl.BindBuffer(BufferTargetARB.ArrayBuffer, vbo);
        fixed (float* v = vertices)
        {
            gl.BufferData(BufferTargetARB.ArrayBuffer, (nuint)(vertices.Length * sizeof(float)), v, BufferUsageARB.DynamicDraw);
        }

        gl.BindBuffer(BufferTargetARB.ArrayBuffer, (uint)oldBuffer);
    }
}
