#include "phonefeaturelistpage.h"
#include "ui_phonefeaturelistpage.h"

#include "catalog/phonemodelcatalog.h"
#include "items/phonefeaturetablemodel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

PhoneFeatureListPage::PhoneFeatureListPage(Lab *lab, QWidget *parent)
    : ClusterPage(parent), m_ui(std::make_unique<Ui::PhoneFeatureListPage>()), m_model(new PhoneFeatureTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    Q_UNUSED(lab);
    m_ui->setupUi(this);
    m_ui->productComboBox->addItem(QString(), QString()); // All
    for (const PhoneModelCatalog::Model &m : PhoneModelCatalog::instance().models())
        m_ui->productComboBox->addItem(m.productType, m.productType);
    for (PhoneFeatureTableModel::Feature f : PhoneFeatureTableModel::features())
        m_ui->featureComboBox->addItem(PhoneFeatureTableModel::featureName(f), QVariant::fromValue(f));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PhoneFeatureTableModel::RawValueRole);
    m_ui->reportTableView->setModel(m_proxy);
    m_ui->reportTableView->verticalHeader()->hide();
    m_ui->reportTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->reportTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->criteriaGroupBox->hide();
    m_ui->reportTableView->hide();
    connect(m_ui->generateNewReportButton, &QPushButton::clicked, this, [this] {
        m_ui->criteriaGroupBox->show();
        m_ui->productComboBox->setFocus();
    });
    connect(m_ui->submitButton, &QPushButton::clicked, this, &PhoneFeatureListPage::submit);
    retranslate();
}

PhoneFeatureListPage::~PhoneFeatureListPage() = default;

void PhoneFeatureListPage::submit()
{
    m_model->generate(m_ui->productComboBox->currentData().toString(),
                      m_ui->featureComboBox->currentData().value<PhoneFeatureTableModel::Feature>());
    m_ui->reportTableView->sortByColumn(PhoneFeatureTableModel::ProductColumn, Qt::AscendingOrder);
    m_ui->reportTableView->show();
    m_generated = true;
    retranslate();
}

void PhoneFeatureListPage::retranslate()
{
    m_ui->titleLabel->setText(tr("Unified CM Phone Feature List"));
    m_ui->productComboBox->setItemText(0, tr("All"));
    if (!m_generated) {
        m_ui->summaryLabel->setText(tr("Click Generate New Report, choose the Product and the feature, then Submit."));
        return;
    }
    int yes = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        yes += m_model->index(r, PhoneFeatureTableModel::SupportedColumn).data(PhoneFeatureTableModel::RawValueRole).toInt()
               == int(PhoneModelCatalog::Support::Yes);
    m_ui->summaryLabel->setText(tr("%1: %2 of %n model/protocol combination(s) support it.", nullptr, m_model->rowCount())
                                    .arg(m_ui->featureComboBox->currentText())
                                    .arg(yes));
}

void PhoneFeatureListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    ClusterPage::changeEvent(event);
}
