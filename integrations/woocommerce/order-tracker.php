<?php
/**
 * <order-tracker> on WooCommerce: the thank-you page and My Account > Orders > View order.
 *
 * Put this file in wp-content/mu-plugins/ (or paste it into a child theme's functions.php), and
 * copy every file of the package's dist/ folder to wp-content/mu-plugins/order-tracker/ (or
 * change ORDER_TRACKER_URL). See integrations/woocommerce/README.md.
 */

defined('ABSPATH') || exit;

// Both can be set in wp-config.php instead.
/** Where dist/ is served from: every file of it, side by side. */
defined('ORDER_TRACKER_URL') || define('ORDER_TRACKER_URL', WPMU_PLUGIN_URL . '/order-tracker/');
/** The shop's tracking endpoint; {trackingNumber} is replaced by the URL-encoded number. */
defined('ORDER_TRACKER_SRC') || define('ORDER_TRACKER_SRC', '/wp-json/order-tracker/v1/tracking/{trackingNumber}');

/**
 * The order's tracking numbers. Reads the WooCommerce Shipment Tracking extension's items; other
 * shipping plugins store them elsewhere: return them from the `order_tracker_tracking_numbers`
 * filter.
 */
function order_tracker_numbers(WC_Order $order): array {
    $numbers = [];
    foreach ((array) $order->get_meta('_wc_shipment_tracking_items') as $item) {
        if (!empty($item['tracking_number'])) {
            $numbers[] = (string) $item['tracking_number'];
        }
    }
    return array_values(array_unique(apply_filters('order_tracker_tracking_numbers', $numbers, $order)));
}

/** Prints the element for one order; nothing while it has no tracking number yet. */
function order_tracker_render($order_id): void {
    $order = wc_get_order($order_id);
    if (!$order) {
        return;
    }
    $numbers = order_tracker_numbers($order);
    if (!$numbers) {
        return;
    }
    // A module script: WordPress 6.5+ prints it once, with type="module".
    wp_enqueue_script_module('order-tracker', ORDER_TRACKER_URL . 'order-tracker.js', [], null);
    printf(
        '<section class="woocommerce-order-tracking"><h2>%s</h2><order-tracker tracking-number="%s" src="%s" lang="%s"></order-tracker></section>',
        esc_html__('Track your parcel', 'order-tracker'),
        esc_attr(implode(',', $numbers)),
        esc_attr(ORDER_TRACKER_SRC),
        esc_attr(str_replace('_', '-', determine_locale()))
    );
}

add_action('woocommerce_thankyou', 'order_tracker_render', 20);
add_action('woocommerce_view_order', 'order_tracker_render', 20);
