using System.Text;
using Exhibition.Bundle.Format.Zip;

namespace Exhibition.Bundle.Tests.Format.Zip;

public sealed class Crc32Tests
{
    [TestCase("", 0x00000000u)]
    [TestCase("a", 0xE8B7BE43u)]
    [TestCase("123456789", 0xCBF43926u)]
    [TestCase("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void Compute_matches_the_published_check_values(string text, uint expected)
    {
        Assert.That(Crc32.Compute(Encoding.ASCII.GetBytes(text)), Is.EqualTo(expected));
    }

    [Test]
    public void Appending_in_pieces_equals_computing_at_once()
    {
        // Given
        var data = new byte[10_007];
        new Random(5).NextBytes(data);

        // When
        var pieces = 0u;
        for (var at = 0; at < data.Length; at += 13)
            pieces = Crc32.Append(pieces, data.AsSpan(at, Math.Min(13, data.Length - at)));

        // Then
        Assert.That(pieces, Is.EqualTo(Crc32.Compute(data)));
    }
}
