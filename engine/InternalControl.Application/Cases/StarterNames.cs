using InternalControl.Application.Plans;
using InternalControl.Application.Policies;
using InternalControl.Kernel.Policies;
using InternalControl.Localization;
using InternalControl.PolicyLanguage.Parsing;

namespace InternalControl.Application.Cases;

/// <summary>
/// What a case's journal calls whoever started it that is not a person: a rule by its title in the reader's language
/// (the policy's `title LANG "..."`), the internal control plan by its own words. The live session takes the titles from
/// the compiled policy; a reading session (`ic case`, no policy compiled) parses the attached files for them alone.
/// </summary>
internal static class StarterNames
{
    /// <summary>Names from a compiled policy's rule titles.</summary>
    public static Func<string, Language, string> Of(Func<string, Language, string> ruleTitle) =>
        (starter, language) => starter == PlanTasks.StartedBy ? Texts.Get("Plan.StartedBy", language) : ruleTitle(starter, language);

    /// <summary>
    /// Names from the rule titles of the attached files, parsed but not compiled; a file that no longer parses adds no
    /// titles (its rules keep their names), since a reader only reads.
    /// </summary>
    public static Func<string, Language, string> Parsed(IReadOnlyList<PolicySource> sources)
    {
        var titles = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (PolicyParser.Parse(source.Text, source.File, PolicyHost.BlockParsers).Value is { } syntax)
            {
                foreach (var rule in syntax.Rules)
                {
                    titles[rule.Name] = rule.Titles;
                }
            }
        }

        return Of((rule, language) => titles.TryGetValue(rule, out var byLanguage) ? byLanguage.GetValueOrDefault(language.Code(), rule) : rule);
    }
}
