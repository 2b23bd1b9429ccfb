namespace InternalControl.Application.Policies.Workbench;

/// <summary>What an overlay would change on today's data, rule by rule (only the rules where something differs or that ask for a case).</summary>
public sealed record PolicyPreview(DateOnly Today, IReadOnlyList<RulePreview> Rules)
{
    /// <summary>Cases the overlay would open that the attached policy does not.</summary>
    public int Opening => Rules.Sum(r => r.Opening.Count);

    /// <summary>Cases the attached policy opens that the overlay would not.</summary>
    public int Closing => Rules.Sum(r => r.Closing.Count);
}
