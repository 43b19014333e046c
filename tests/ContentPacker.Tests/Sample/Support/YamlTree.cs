using YamlDotNet.Serialization;

namespace ContentPacker.Tests.Sample.Support;

/// <summary>Reads exhibition.yaml as plain maps, lists and strings, the way a loader first sees it.</summary>
internal static class YamlTree
{
    public static Dictionary<object, object> Parse(string text) =>
        new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(text);

    public static Dictionary<object, object> Map(object node) => (Dictionary<object, object>)node;

    public static List<object> List(object node) => (List<object>)node;

    public static string Scalar(object node) => (string)node;

    /// <summary>Every map anywhere in the tree, depth first.</summary>
    public static IEnumerable<Dictionary<object, object>> AllMaps(object node)
    {
        if (node is Dictionary<object, object> map)
        {
            yield return map;
            foreach (var child in map.Values.SelectMany(AllMaps)) yield return child;
        }
        else if (node is List<object> list)
        {
            foreach (var child in list.SelectMany(AllMaps)) yield return child;
        }
    }

    /// <summary>Every (key, scalar value) pair anywhere in the tree.</summary>
    public static IEnumerable<(string Key, string Value)> AllScalars(object node) =>
        AllMaps(node).SelectMany(m => m.Where(p => p.Value is string).Select(p => ((string)p.Key, (string)p.Value)));
}
