using System.Globalization;
using ContentPacker.Authoring;
using ContentPacker.Media;
using Exhibition.Bundle.Format;
using Exhibition.Bundle.Model;

namespace ContentPacker.Building;

internal sealed partial class BundleBuilder
{
    private CaseStudy AddCaseStudy(BundleWriter writer, AuthoredCaseStudy study)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, file) in study.BodyFiles.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            bodies[language] = EntryLayout.CaseStudyBody(study.Id, language);
            writer.AddFile(bodies[language], file);
        }

        string? imagePath = null;
        if (study.ImageFile is { } image)
        {
            var edge = _options.CaseStudyImageEdge;
            var key = DerivedMediaCache.Key("image", edge.ToString(CultureInfo.InvariantCulture), image);
            var folder = Convert($"Resizing image of '{study.Id}'", "images", key,
                (scratch, progress) =>
                {
                    ImageResizer.ResizeToJpeg(image, Path.Combine(scratch, "image.jpg"), edge);
                    progress.Report(1);
                });
            imagePath = EntryLayout.CaseStudyImage(study.Id);
            writer.AddFile(imagePath, Path.Combine(folder, "image.jpg"));
        }

        return new CaseStudy
        {
            Id = study.Id,
            Title = study.Title,
            Role = study.Role,
            Industry = study.Industry,
            BodyPaths = bodies,
            ImagePath = imagePath,
        };
    }
}
