using YamlDotNet.RepresentationModel;

namespace ContentPacker.Authoring;

internal sealed partial class MapReader
{
    /// <summary>The required <c>id</c> of this mapping, checked against the id rules.</summary>
    public string? Id(string key = "id") => Get(key, required: true) is { } value ? AsId(value, Field(key)) : null;

    public string? AsId(YamlNode value, string field)
    {
        if (AsString(value, field) is not { } id)
        {
            return null;
        }

        if (!AuthoringRules.IdPattern().IsMatch(id))
        {
            Report(value, field, $"'{id}' is not a valid id: use lower-case letters, digits and '-' (e.g. '{Slug(id)}').");
            return null;
        }

        return id;
    }

    /// <summary>An id naming a scene or case study, queued for checking once everything is read.</summary>
    public string? Reference(string key, ReferenceKind kind) =>
        Get(key) is { } value ? AsReference(value, Field(key), kind) : null;

    public string? AsReference(YamlNode value, string field, ReferenceKind kind)
    {
        var id = AsString(value, field);
        if (id is not null)
        {
            Context.References.Add(new PendingReference(id, kind, At(value), field));
        }

        return id;
    }

    /// <summary>A web address shown as a QR code: absolute http or https.</summary>
    public string? Url(string key)
    {
        if (Get(key) is not { } value || AsString(value, Field(key)) is not { } url)
        {
            return null;
        }

        if (!AuthoringRules.IsWebUrl(url))
        {
            Report(value, Field(key), $"'{url}' is not a full web address: links are shown as QR codes, so write it as https://...");
            return null;
        }

        return url;
    }

    private static string Slug(string text)
    {
        var chars = text.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = new string(chars).Trim('-');
        return slug.Length > 0 ? slug : "my-id";
    }
}
