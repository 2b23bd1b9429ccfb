using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Samples;

/// <summary>What sample school to generate.</summary>
/// <param name="Country">Kazakh (kk and ru classes, criteria-based assessment) or Kyrgyz (ky and ru classes).</param>
/// <param name="Pupils">About how many pupils; classes are sized to it.</param>
/// <param name="Seed">The seed of the only source of randomness: the same options write the same bytes.</param>
/// <param name="Year">The school year whose built-in calendar dates the marks.</param>
/// <param name="AsOf">The last day with marks and absences; by default 27 November of the year's autumn.</param>
public sealed record SampleOptions(Country Country, int Pupils, int Seed = 42, string Year = "2026-2027", DateOnly? AsOf = null)
{
    /// <summary>The largest school the generator writes (a district's worth of pupils in one school, for load tests).</summary>
    public const int MaxPupils = 100_000;
}
