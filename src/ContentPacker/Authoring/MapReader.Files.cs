using YamlDotNet.RepresentationModel;

namespace ContentPacker.Authoring;

internal sealed partial class MapReader
{
    public ResolvedFile? FilePath(string key, bool required = false) =>
        Get(key, required) is { } value ? AsFile(value, Field(key)) : null;

    /// <summary>A path relative to the folder that stays inside it and names an existing file.</summary>
    public ResolvedFile? AsFile(YamlNode value, string field)
    {
        if (AsString(value, field) is not { } path)
        {
            return null;
        }

        if (PathProblem(path) is { } problem)
        {
            Report(value, field, problem);
            return null;
        }

        var absolute = System.IO.Path.GetFullPath(System.IO.Path.Combine(Context.Folder, path));
        if (Directory.Exists(absolute))
        {
            Report(value, field, $"'{path}' is a folder; name a file.");
            return null;
        }

        if (!System.IO.File.Exists(absolute))
        {
            Report(value, field, $"file '{path}' does not exist.{SiblingHint(absolute)}");
            return null;
        }

        if (!IsInside(absolute) || !IsInside(FollowLinks(path)))
        {
            Report(value, field, $"'{path}' leaves the authoring folder (through a symbolic link); keep every file inside it.");
            return null;
        }

        return new ResolvedFile(path, absolute, At(value), field);
    }

    private static string? PathProblem(string path) =>
        path.Contains('\\', StringComparison.Ordinal) ? $"'{path}' uses '\\': write paths with '/'."
        : path.StartsWith('/') || System.IO.Path.IsPathRooted(path) || (path.Length > 1 && path[1] == ':')
            ? $"'{path}' is an absolute path; give a path relative to the authoring folder."
        : path.Split('/').Contains("..") ? $"'{path}' leaves the authoring folder ('..' is not allowed); keep every file inside it."
        : null;

    /// <summary>The path with every symbolic link along it followed, so a link cannot smuggle in a file from outside.</summary>
    private string FollowLinks(string relative)
    {
        var current = Context.Folder;
        foreach (var part in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = System.IO.Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = target.FullName;
            }
        }

        return current;
    }

    private bool IsInside(string absolute) =>
        absolute.StartsWith(Context.Folder + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private string SiblingHint(string absolute)
    {
        var directory = System.IO.Path.GetDirectoryName(absolute);
        if (directory is null || !Directory.Exists(directory))
        {
            return "";
        }

        var names = Directory.EnumerateFiles(directory).Select(System.IO.Path.GetFileName).OfType<string>();
        return KeySuggestion.Nearest(System.IO.Path.GetFileName(absolute), names) is { } near
            ? $" Did you mean '{System.IO.Path.GetRelativePath(Context.Folder, System.IO.Path.Combine(directory, near)).Replace('\\', '/')}'?"
            : "";
    }
}
