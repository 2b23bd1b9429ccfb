using InternalControl.Kernel.Concepts;
using InternalControl.PolicyLanguage.Parsing;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>The wait until a date that a case variable holds: <c>wait until VARIABLE otherwise N school_days -> next</c>.</summary>
public sealed partial class WorkflowBlockParser
{
    /// <summary>
    /// Reads the variable's name and the school days waited when the case holds no date in it (a case started
    /// without the plan's second control). The fallback is required (IC2440, at the variable): a case must never
    /// wait for ever.
    /// </summary>
    private static WaitStep ParseWaitUntilVariable(TokenCursor cursor, string id, List<ParameterUse> uses)
    {
        var variable = cursor.Next();
        if (!cursor.TryKeyword(Kw.Otherwise))
        {
            cursor.Report("IC2440", variable.Span, "Workflows.Syntax.WaitVariableNeedsOtherwise", variable.Text);
            return new WaitStep(id, 0, null, Arrow(cursor)) { UntilVariable = variable.Text };
        }

        var days = Days(cursor, new ParameterSite(uses, id, ParameterSlot.Wait));
        return new WaitStep(id, days, null, Arrow(cursor)) { UntilVariable = variable.Text };
    }
}
