using ExhibitionViewer.Rendering;

namespace ExhibitionViewer.Tests.Rendering;

public sealed class MipChainTests
{
    [Test]
    public void Each_level_averages_the_two_by_two_block_above_it()
    {
        // Given a 4×2 image whose left half is dark grey and right half has a red ramp
        var pixels = new byte[4 * 2 * 4];
        for (var y = 0; y < 2; y++)
        {
            for (var x = 0; x < 4; x++)
            {
                var o = (y * 4 + x) * 4;
                pixels[o] = (byte)(x < 2 ? 40 : 100 + 40 * (x - 2) + 20 * y);
                pixels[o + 1] = 40;
                pixels[o + 2] = 40;
                pixels[o + 3] = 255;
            }
        }

        // When the chain is appended
        var image = MipChain.Append(new DecodedImage(4, 2, pixels));

        // Then there are two levels below (2×1 and 1×1), each the rounded mean of the block above
        Assert.That(image.MipLevels, Is.EqualTo(2));
        var level1 = image.Rgba.AsSpan(MipChain.Offset(4, 2, 1), 2 * 4).ToArray();
        Assert.That(level1, Is.EqualTo(new byte[] { 40, 40, 40, 255, 130, 40, 40, 255 }));
        var level2 = image.Rgba.AsSpan(MipChain.Offset(4, 2, 2), 4).ToArray();
        Assert.That(level2, Is.EqualTo(new byte[] { 85, 40, 40, 255 }));
        Assert.That(image.Rgba.AsSpan(0, pixels.Length).ToArray(), Is.EqualTo(pixels), "the base level is kept as it was");
    }

    [Test]
    public void A_tile_chain_holds_a_third_more_than_its_base_level()
    {
        // Given the tile size the packer writes
        const int size = 512;

        // When the chain's size is computed
        var levels = MipChain.LevelsBelow(size, size);
        var bytes = MipChain.Offset(size, size, levels + 1);

        // Then it goes down to 1×1 and holds the base plus a third, to the byte
        Assert.That(levels, Is.EqualTo(9));
        Assert.That(bytes, Is.EqualTo((size * size * 4 - 1) / 3 * 4));
    }
}
