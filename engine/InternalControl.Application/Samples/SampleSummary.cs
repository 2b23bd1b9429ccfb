using InternalControl.Kernel.Schools;
using InternalControl.Localization;

namespace InternalControl.Application.Samples;

/// <summary>What <see cref="SampleSchool.Write"/> wrote: the school's made-up name, its languages and the rows per file.</summary>
public sealed record SampleSummary(
    string SchoolName,
    Country Country,
    IReadOnlyList<Language> Languages,
    string Year,
    DateOnly AsOf,
    IReadOnlyDictionary<string, int> Counts);
