using ExhibitionViewer.App;

namespace ExhibitionViewer.Tests.App;

public sealed class DurationDistributionTests
{
    [TestCase(0.50)]
    [TestCase(0.95)]
    [TestCase(0.99)]
    public void A_percentile_is_within_a_tenth_of_a_percent_of_the_exact_nearest_rank(double p)
    {
        // Given 100,000 frame-like durations spread over four orders of magnitude
        var random = new Random(7);
        var durations = Enumerable.Range(0, 100_000).Select(_ => Math.Exp(random.NextDouble() * 9 - 4)).ToList();
        var distribution = new DurationDistribution();
        durations.ForEach(distribution.Add);

        // Then each percentile is the exact nearest-rank one within 0.1%
        var sorted = durations.Order().ToList();
        var exact = sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
        Assert.That(distribution.Percentile(p), Is.EqualTo(exact).Within(0.1).Percent);
        Assert.That(distribution.MaxMs, Is.EqualTo(sorted[^1]));
        Assert.That(distribution.Count, Is.EqualTo(100_000));
    }

    [Test]
    public void Empty_and_zero_durations_give_zero_and_clear_forgets()
    {
        var distribution = new DurationDistribution();
        Assert.That(distribution.Percentile(0.5), Is.Zero);

        distribution.Add(0);
        distribution.Add(0);
        Assert.That(distribution.Percentile(0.99), Is.Zero);

        distribution.Add(40);
        distribution.Clear();
        Assert.That((distribution.Count, distribution.MaxMs, distribution.Percentile(0.5)), Is.EqualTo((0L, 0.0, 0.0)));
    }

    [Test]
    public void Adding_a_distribution_counts_as_adding_its_durations()
    {
        var first = new DurationDistribution();
        var second = new DurationDistribution();
        var both = new DurationDistribution();
        foreach (var ms in new[] { 1.0, 2, 3, 50 })
        {
            first.Add(ms);
            both.Add(ms);
        }

        foreach (var ms in new[] { 4.0, 5, 6, 7, 900 })
        {
            second.Add(ms);
            both.Add(ms);
        }

        first.Add(second);

        Assert.That(first.Count, Is.EqualTo(both.Count));
        Assert.That(first.MaxMs, Is.EqualTo(900));
        Assert.That(new[] { 0.1, 0.5, 0.9, 1.0 }.Select(first.Percentile), Is.EqualTo(new[] { 0.1, 0.5, 0.9, 1.0 }.Select(both.Percentile)));
        Assert.That(first.Percentile(0.5), Is.EqualTo(5).Within(0.1).Percent);
    }

    [Test]
    public void A_day_of_frames_takes_no_more_memory_than_the_first_frame()
    {
        // 60 frames a second for 24 hours: a list grew to about 40 MB; the buckets stay the same
        var distribution = new DurationDistribution();
        distribution.Add(16.7);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 60 * 60 * 60 * 24; i++)
        {
            distribution.Add(10 + i % 13);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.LessThan(1024));
        Assert.That(distribution.Count, Is.EqualTo(60L * 60 * 60 * 24 + 1));
    }
}
