using System.Runtime.CompilerServices;

// The panorama benchmark compares the internal face sampler and pyramid writer with NetVips alternatives.
[assembly: InternalsVisibleTo("PanoramaBench")]
