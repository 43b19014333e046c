using System.Text;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Tests.Support;
using static Exhibition.Bundle.Tests.Support.ZipPatch;

namespace Exhibition.Bundle.Tests.Format;

public sealed class BundleRejectionTests
{
    private const string Item0 = "media/item-00.bin";
    private const string Item1 = "media/item-01.bin";
    private const string Item2 = "media/item-02.bin";
    private TempDirectory _temp = null!;

    [SetUp]
    public void SetUp() => _temp = new TempDirectory();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private ZipPatch Good() => new(BundleFactory.Bytes(_temp, SampleEntries.Make(maxSize: 500)));

    [Test]
    public void A_file_that_is_not_a_zip_is_rejected()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("hello, not a zip ", 100)));
        Rejection.Expect(_temp, bytes, BundleErrorCode.NotAZip, null);
    }

    [Test]
    public void An_empty_file_is_rejected()
    {
        Rejection.Expect(_temp, [], BundleErrorCode.NotAZip, null);
    }

    [Test]
    public void A_missing_file_is_unreadable()
    {
        var error = Assert.Throws<BundleException>(() => BundleReader.Open(_temp.File("absent.exhibit")))!;
        Assert.That(error.Code, Is.EqualTo(BundleErrorCode.Unreadable));
        Assert.That(error.Message, Does.Contain("absent.exhibit"));
    }

    [Test]
    public void A_bundle_cut_short_has_no_end_record()
    {
        var good = Good().Bytes;
        Rejection.Expect(_temp, good[..(good.Length - 5)], BundleErrorCode.NotAZip, null);
    }

    [Test]
    public void A_central_directory_that_runs_past_its_end_record_is_truncated()
    {
        var zip = Good();
        zip.Set32(zip.EndOffset + 12, zip.U32(zip.EndOffset + 12) + 100);
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.Truncated, null);
    }

    [Test]
    public void An_entry_count_larger_than_the_directory_can_hold_is_rejected_without_allocating_it()
    {
        var zip = Good();
        zip.Set16(zip.EndOffset + 8, 0xFFFE).Set16(zip.EndOffset + 10, 0xFFFE);
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.Truncated, null);
    }

    [TestCase("../ia/item-00.bin")]
    [TestCase("/edia/item-00.bin")]
    [TestCase("media\\item-00.bin")]
    [TestCase("media//tem-00.bin")]
    [TestCase("c:dia/item-00.bin")]
    public void A_bad_entry_name_is_rejected(string badName)
    {
        var zip = Good().Rename(Item0, badName);
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.BadEntryName, badName);
    }

    [Test]
    public void Two_entries_with_one_name_are_rejected()
    {
        var zip = Good().Rename(Item1, Item0);
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.DuplicateEntry, Item0);
    }

    [Test]
    public void Entries_whose_data_overlap_are_rejected()
    {
        var zip = Good();
        zip.Set32(zip.Central(Item1) + CentralLocalOffset, (uint)zip.Local(Item0));
        var error = Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.BadEntryRange, Item0);
        Assert.That(error.Message, Does.Contain(Item1));
    }

    [Test]
    public void An_entry_that_lies_outside_the_file_is_rejected()
    {
        var zip = Good();
        var central = zip.Central(Item2);
        zip.Set32(central + CentralCompressedSize, 1_000_000_000).Set32(central + CentralSize, 1_000_000_000);
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.BadEntryRange, Item2);
    }

    [Test]
    public void A_stored_entry_whose_sizes_disagree_is_rejected()
    {
        var zip = Good();
        zip.Set32(zip.Central(Item2) + CentralSize, zip.U32(zip.Central(Item2) + CentralSize) + 1);
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.SizeMismatch, Item2);
    }

    [Test]
    public void An_encrypted_entry_is_rejected()
    {
        var zip = Good();
        zip.Set16(zip.Central(Item1) + CentralFlags, zip.U16(zip.Central(Item1) + CentralFlags) | 1);
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.UnsupportedEntry, Item1);
    }

    [Test]
    public void An_unsupported_compression_method_is_rejected()
    {
        var zip = Good();
        zip.Set16(zip.Central(Item1) + CentralMethod, 12);
        var error = Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.UnsupportedEntry, Item1);
        Assert.That(error.Message, Does.Contain("method 12"));
    }

    [Test]
    public void A_local_header_with_other_sizes_than_the_central_directory_is_rejected_on_read()
    {
        var zip = Good();
        zip.Set32(zip.Local(Item2) + LocalSize, 7).Set32(zip.Local(Item2) + LocalCompressedSize, 7);
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.SizeMismatch, Item2, r => r.ReadEntry(Item2));
    }

    [Test]
    public void A_local_header_with_another_name_is_rejected_on_read()
    {
        var zip = Good().Rename(Item2, "media/item-99.bin", central: false);
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.BadEntryName, Item2, r => r.GetRange(Item2));
    }

    [Test]
    public void A_local_header_with_another_method_is_rejected_on_read()
    {
        var zip = Good();
        zip.Set16(zip.Local(Item2) + LocalMethod, 8);
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.UnsupportedEntry, Item2, r => r.OpenEntry(Item2).Dispose());
    }

    [Test]
    public void A_central_directory_entry_that_points_at_no_local_header_is_rejected_on_read()
    {
        var zip = Good();
        zip.Set32(zip.Local(Item2), 0x12345678);
        Rejection.Expect(_temp, zip.Bytes, BundleErrorCode.BadEntryRange, Item2, r => r.ReadEntry(Item2));
    }
}
