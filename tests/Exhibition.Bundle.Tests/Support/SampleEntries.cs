using System.Text;

namespace Exhibition.Bundle.Tests.Support;

/// <summary>Small entry sets whose content is derived from a seed, so a test can rebuild and compare them.</summary>
public static class SampleEntries
{
    public static SortedDictionary<string, byte[]> Make(int seed = 1, int count = 5, int maxSize = 3000)
    {
        var random = new Random(seed);
        var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var bytes = new byte[random.Next((maxSize / 10) + 1, maxSize)];
            random.NextBytes(bytes);
            entries[$"media/item-{i:D2}.bin"] = bytes;
        }
        entries["tiles/0/front/0_0.jpg"] = Encoding.ASCII.GetBytes("not really a jpeg");
        entries["empty.txt"] = [];
        return entries;
    }
}
