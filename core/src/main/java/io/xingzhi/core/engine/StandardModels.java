package io.xingzhi.core.engine;

import io.xingzhi.core.supervision.SupervisionModel;
import io.xingzhi.core.supervision.custody.CustodyTransferModel;
import io.xingzhi.core.supervision.politicalrights.PoliticalRightsModel;
import io.xingzhi.core.supervision.prohibition.ProhibitionOrderModel;
import io.xingzhi.core.supervision.property.PropertyPenaltyModel;
import java.util.List;

/** The four models of the county procuratorate, in the order of CONTRACT.md §4. */
public final class StandardModels {
    private StandardModels() {
    }

    /** New instances of custody-transfer, political-rights, prohibition-order and property-penalty. */
    public static List<SupervisionModel> all() {
        return List.of(new CustodyTransferModel(), new PoliticalRightsModel(), new ProhibitionOrderModel(),
                new PropertyPenaltyModel());
    }
}
