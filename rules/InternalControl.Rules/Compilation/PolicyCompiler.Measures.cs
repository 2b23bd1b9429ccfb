using InternalControl.PolicyLanguage.Syntax;

namespace InternalControl.Rules.Compilation;

/// <summary>Named measures (`let`): declared once per policy (baseline, parts and overlays), bound where they are used.</summary>
public static partial class PolicyCompiler
{
    private static void DeclareMeasures(IEnumerable<PolicySyntax> files, HashSet<string> tableNames, BindContext context)
    {
        foreach (var measure in files.SelectMany(f => f.Measures))
        {
            if (context.Parameters.ContainsKey(measure.Name) || tableNames.Contains(measure.Name) || !context.Measures.Add(measure))
            {
                context.Error("IC1702", measure.NameSpan, "Rules.Measure.Duplicate", measure.Name);
            }
        }
    }

    /// <summary>A measure no rule uses is a warning: it is most often a rule that still writes the expression out.</summary>
    private static void ReportUnusedMeasures(BindContext context)
    {
        foreach (var measure in context.Measures.All.Where(m => !context.Measures.Used.Contains(m.Name)))
        {
            context.Warning("IC1701", measure.NameSpan, "Rules.Measure.Unused", measure.Name);
        }
    }
}
